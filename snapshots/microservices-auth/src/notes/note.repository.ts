import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DataSource,
  DeepPartial,
  FindOptionsOrder,
  FindOptionsWhere,
  Repository,
} from 'typeorm';
import { sortOrder } from '../database/pagination';
import { ListNotesQueryDto } from './dto/list-notes-query.dto';
import { Note } from './entities/note.entity';

/** Every query on notes: the one place that knows how they are stored. */
@Injectable()
export class NoteRepository {
  constructor(
    @InjectRepository(Note)
    private readonly repository: Repository<Note>,
    private readonly dataSource: DataSource,
  ) {}

  /** One page, sorted and filtered on its own columns; relations are not loaded. */
  findPage(
    query: ListNotesQueryDto,
    ownerId?: string,
  ): Promise<[Note[], number]> {
    const where: FindOptionsWhere<Note> = {};
    if (query.pinned !== undefined) {
      where.pinned = query.pinned;
    }
    if (query.authorId !== undefined) {
      where.authorId = query.authorId;
    }
    if (ownerId !== undefined) {
      where.authorId = ownerId;
    }
    const [column, direction] = sortOrder(query.sort, query.order);
    const order = {
      [column]: direction,
      id: direction,
    } as FindOptionsOrder<Note>;
    return this.repository.findAndCount({
      where,
      order,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
  }

  /** The note with its relations, joined in one query (no N+1). */
  findDetail(id: string): Promise<Note | null> {
    return this.repository.findOne({
      where: { id },
      relations: { author: true },
      relationLoadStrategy: 'join',
    });
  }

  findById(id: string, ownerId?: string): Promise<Note | null> {
    return this.repository.findOneBy(this.owned(id, ownerId));
  }

  create(data: DeepPartial<Note>): Note {
    return this.repository.create(data);
  }

  merge(note: Note, data: DeepPartial<Note>): Note {
    return this.repository.merge(note, data);
  }

  save(note: Note): Promise<Note> {
    return this.repository.save(note);
  }

  /** Saves every row in one transaction: all of them or none. */
  saveMany(rows: Note[]): Promise<Note[]> {
    return this.dataSource.transaction((manager) => manager.save(rows));
  }

  /** Deletes the row; false when there is none. */
  async delete(id: string, ownerId?: string): Promise<boolean> {
    const result = await this.repository.delete(this.owned(id, ownerId));
    return result.affected === 1;
  }

  /** The row `id`, if `ownerId` owns it (any owner when undefined: an admin). */
  private owned(id: string, ownerId?: string): FindOptionsWhere<Note> {
    return ownerId === undefined ? { id } : { id, authorId: ownerId };
  }
}
