import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ENTITY_CACHE } from '../database/entity-cache';
import type { EntityCache } from '../database/entity-cache';
import { Page } from '../database/pagination';
import { BulkCreateNotesDto } from './dto/bulk-create-notes.dto';
import { CreateNoteDto } from './dto/create-note.dto';
import { ListNotesQueryDto } from './dto/list-notes-query.dto';
import {
  NoteDetailResponse,
  NoteResponse,
  toNoteDetailResponse,
  toNoteResponse,
} from './dto/note-response.dto';
import { UpdateNoteDto } from './dto/update-note.dto';
import { Note } from './entities/note.entity';
import { NoteRepository } from './note.repository';

/** Cache tag of notes: every write invalidates it. */
export const CACHE_TAG = 'notes';
/** A cached note embeds its relations, so it also goes stale with them. */
const DETAIL_TAGS = ['notes', 'users'];

@Injectable()
export class NotesService {
  constructor(
    private readonly repository: NoteRepository,
    @Inject(ENTITY_CACHE) private readonly cache: EntityCache,
  ) {}

  async create(dto: CreateNoteDto): Promise<NoteResponse> {
    const saved = await this.repository.save(this.toEntity(dto));
    await this.cache.invalidate([CACHE_TAG]);
    return toNoteResponse(saved);
  }

  /** Creates every item in one transaction: all of them or none. */
  async createMany(dto: BulkCreateNotesDto): Promise<NoteResponse[]> {
    const rows = await this.repository.saveMany(
      dto.items.map((item) => this.toEntity(item)),
    );
    await this.cache.invalidate([CACHE_TAG]);
    return rows.map((row) => toNoteResponse(row));
  }

  async findAll(query: ListNotesQueryDto): Promise<Page<NoteResponse>> {
    const [rows, total] = await this.repository.findPage(query);
    return {
      items: rows.map((row) => toNoteResponse(row)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Read through the entity cache; the relations come from one joined query. */
  findOne(id: string): Promise<NoteDetailResponse> {
    const key = `notes:${id}`;
    return this.cache.getOrLoad(key, DETAIL_TAGS, () => this.load(id));
  }

  async update(id: string, dto: UpdateNoteDto): Promise<NoteResponse> {
    const note = await this.repository.findById(id);
    if (!note) {
      throw new NotFoundException(`Note ${id} not found`);
    }
    this.repository.merge(note, dto);
    const saved = await this.repository.save(note);
    await this.cache.invalidate([CACHE_TAG]);
    return toNoteResponse(saved);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repository.delete(id))) {
      throw new NotFoundException(`Note ${id} not found`);
    }
    await this.cache.invalidate([CACHE_TAG]);
  }

  private async load(id: string): Promise<NoteDetailResponse> {
    const note = await this.repository.findDetail(id);
    if (!note) {
      throw new NotFoundException(`Note ${id} not found`);
    }
    return toNoteDetailResponse(note);
  }

  private toEntity(dto: CreateNoteDto): Note {
    return this.repository.create(dto);
  }
}
