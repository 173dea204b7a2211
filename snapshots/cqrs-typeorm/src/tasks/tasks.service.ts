import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ENTITY_CACHE } from '../database/entity-cache';
import type { EntityCache } from '../database/entity-cache';
import { Page } from '../database/pagination';
import { BulkCreateTasksDto } from './dto/bulk-create-tasks.dto';
import { CreateTaskDto } from './dto/create-task.dto';
import { ListTasksQueryDto } from './dto/list-tasks-query.dto';
import {
  TaskDetailResponse,
  TaskResponse,
  toTaskDetailResponse,
  toTaskResponse,
} from './dto/task-response.dto';
import { UpdateTaskDto } from './dto/update-task.dto';
import { Task } from './entities/task.entity';
import { TaskRepository } from './task.repository';

/** Cache tag of tasks: every write invalidates it. */
export const CACHE_TAG = 'tasks';
/** A cached task embeds its relations, so it also goes stale with them. */
const DETAIL_TAGS = ['tasks', 'projects'];

@Injectable()
export class TasksService {
  constructor(
    private readonly repository: TaskRepository,
    @Inject(ENTITY_CACHE) private readonly cache: EntityCache,
  ) {}

  async create(dto: CreateTaskDto): Promise<TaskResponse> {
    const saved = await this.repository.save(this.toEntity(dto));
    await this.cache.invalidate([CACHE_TAG]);
    return toTaskResponse(saved);
  }

  /** Creates every item in one transaction: all of them or none. */
  async createMany(dto: BulkCreateTasksDto): Promise<TaskResponse[]> {
    const rows = await this.repository.saveMany(
      dto.items.map((item) => this.toEntity(item)),
    );
    await this.cache.invalidate([CACHE_TAG]);
    return rows.map((row) => toTaskResponse(row));
  }

  async findAll(query: ListTasksQueryDto): Promise<Page<TaskResponse>> {
    const [rows, total] = await this.repository.findPage(query);
    return {
      items: rows.map((row) => toTaskResponse(row)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Read through the entity cache; the relations come from one joined query. */
  findOne(id: string): Promise<TaskDetailResponse> {
    const key = `tasks:${id}`;
    return this.cache.getOrLoad(key, DETAIL_TAGS, () => this.load(id));
  }

  async update(id: string, dto: UpdateTaskDto): Promise<TaskResponse> {
    const task = await this.repository.findById(id);
    if (!task) {
      throw new NotFoundException(`Task ${id} not found`);
    }
    this.repository.merge(task, dto);
    const saved = await this.repository.save(task);
    await this.cache.invalidate([CACHE_TAG]);
    return toTaskResponse(saved);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repository.delete(id))) {
      throw new NotFoundException(`Task ${id} not found`);
    }
    await this.cache.invalidate([CACHE_TAG]);
  }

  private async load(id: string): Promise<TaskDetailResponse> {
    const task = await this.repository.findDetail(id);
    if (!task) {
      throw new NotFoundException(`Task ${id} not found`);
    }
    return toTaskDetailResponse(task);
  }

  private toEntity(dto: CreateTaskDto): Task {
    return this.repository.create(dto);
  }
}
