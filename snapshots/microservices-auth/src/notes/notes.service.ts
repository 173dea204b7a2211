import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ENTITY_CACHE } from '../database/entity-cache';
import type { EntityCache } from '../database/entity-cache';
import { Page } from '../database/pagination';
import { IntegrationEventPublisher } from '../messaging/integration-event.publisher';
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
    private readonly events: IntegrationEventPublisher,
  ) {}

  /** The caller becomes the owner: the body cannot name another. */
  async create(dto: CreateNoteDto, ownerId: string): Promise<NoteResponse> {
    const saved = await this.repository.save(this.toEntity(dto, ownerId));
    await this.cache.invalidate([CACHE_TAG]);
    const created = toNoteResponse(saved);
    await this.events.publish('note', 'created', created);
    return created;
  }

  /** Creates every item in one transaction: all of them or none. */
  async createMany(
    dto: BulkCreateNotesDto,
    ownerId: string,
  ): Promise<NoteResponse[]> {
    const rows = await this.repository.saveMany(
      dto.items.map((item) => this.toEntity(item, ownerId)),
    );
    await this.cache.invalidate([CACHE_TAG]);
    const created = rows.map((row) => toNoteResponse(row));
    for (const item of created) {
      await this.events.publish('note', 'created', item);
    }
    return created;
  }

  /** A member's own rows; every row for an admin (ownerId undefined). */
  async findAll(
    query: ListNotesQueryDto,
    ownerId?: string,
  ): Promise<Page<NoteResponse>> {
    const [rows, total] = await this.repository.findPage(query, ownerId);
    return {
      items: rows.map((row) => toNoteResponse(row)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /**
   * Read through the entity cache; the relations come from one joined query.
   * Another member's row is answered as missing: its existence is not theirs to know.
   */
  async findOne(id: string, ownerId?: string): Promise<NoteDetailResponse> {
    const key = `notes:${id}`;
    const load = () => this.load(id);
    const note = await this.cache.getOrLoad(key, DETAIL_TAGS, load);
    if (ownerId !== undefined && note.authorId !== ownerId) {
      throw new NotFoundException(`Note ${id} not found`);
    }
    return note;
  }

  async update(
    id: string,
    dto: UpdateNoteDto,
    ownerId?: string,
  ): Promise<NoteResponse> {
    const note = await this.repository.findById(id, ownerId);
    if (!note) {
      throw new NotFoundException(`Note ${id} not found`);
    }
    this.repository.merge(note, dto);
    const saved = await this.repository.save(note);
    await this.cache.invalidate([CACHE_TAG]);
    const updated = toNoteResponse(saved);
    await this.events.publish('note', 'updated', updated);
    return updated;
  }

  async remove(id: string, ownerId?: string): Promise<void> {
    if (!(await this.repository.delete(id, ownerId))) {
      throw new NotFoundException(`Note ${id} not found`);
    }
    await this.cache.invalidate([CACHE_TAG]);
    await this.events.publish('note', 'deleted', { id });
  }

  private async load(id: string): Promise<NoteDetailResponse> {
    const note = await this.repository.findDetail(id);
    if (!note) {
      throw new NotFoundException(`Note ${id} not found`);
    }
    return toNoteDetailResponse(note);
  }

  private toEntity(dto: CreateNoteDto, ownerId: string): Note {
    return this.repository.create({ ...dto, authorId: ownerId });
  }
}
