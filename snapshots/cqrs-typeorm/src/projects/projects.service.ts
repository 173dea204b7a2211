import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ENTITY_CACHE } from '../database/entity-cache';
import type { EntityCache } from '../database/entity-cache';
import { Page } from '../database/pagination';
import { BulkCreateProjectsDto } from './dto/bulk-create-projects.dto';
import { CreateProjectDto } from './dto/create-project.dto';
import { ListProjectsQueryDto } from './dto/list-projects-query.dto';
import {
  ProjectDetailResponse,
  ProjectResponse,
  toProjectDetailResponse,
  toProjectResponse,
} from './dto/project-response.dto';
import { UpdateProjectDto } from './dto/update-project.dto';
import { Project } from './entities/project.entity';
import { ProjectRepository } from './project.repository';

/** Cache tag of projects: every write invalidates it. */
export const CACHE_TAG = 'projects';
/** A cached project embeds its relations, so it also goes stale with them. */
const DETAIL_TAGS = ['projects', 'users', 'tasks'];

@Injectable()
export class ProjectsService {
  constructor(
    private readonly repository: ProjectRepository,
    @Inject(ENTITY_CACHE) private readonly cache: EntityCache,
  ) {}

  /** The caller becomes the owner: the body cannot name another. */
  async create(
    dto: CreateProjectDto,
    ownerId: string,
  ): Promise<ProjectResponse> {
    const saved = await this.repository.save(this.toEntity(dto, ownerId));
    await this.cache.invalidate([CACHE_TAG]);
    return toProjectResponse(saved);
  }

  /** Creates every item in one transaction: all of them or none. */
  async createMany(
    dto: BulkCreateProjectsDto,
    ownerId: string,
  ): Promise<ProjectResponse[]> {
    const rows = await this.repository.saveMany(
      dto.items.map((item) => this.toEntity(item, ownerId)),
    );
    await this.cache.invalidate([CACHE_TAG]);
    return rows.map((row) => toProjectResponse(row));
  }

  /** A member's own rows; every row for an admin (ownerId undefined). */
  async findAll(
    query: ListProjectsQueryDto,
    ownerId?: string,
  ): Promise<Page<ProjectResponse>> {
    const [rows, total] = await this.repository.findPage(query, ownerId);
    return {
      items: rows.map((row) => toProjectResponse(row)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /**
   * Read through the entity cache; the relations come from one joined query.
   * Another member's row is answered as missing: its existence is not theirs to know.
   */
  async findOne(id: string, ownerId?: string): Promise<ProjectDetailResponse> {
    const key = `projects:${id}`;
    const load = () => this.load(id);
    const project = await this.cache.getOrLoad(key, DETAIL_TAGS, load);
    if (ownerId !== undefined && project.ownerId !== ownerId) {
      throw new NotFoundException(`Project ${id} not found`);
    }
    return project;
  }

  async update(
    id: string,
    dto: UpdateProjectDto,
    ownerId?: string,
  ): Promise<ProjectResponse> {
    const project = await this.repository.findById(id, ownerId);
    if (!project) {
      throw new NotFoundException(`Project ${id} not found`);
    }
    this.repository.merge(project, dto);
    const saved = await this.repository.save(project);
    await this.cache.invalidate([CACHE_TAG]);
    return toProjectResponse(saved);
  }

  /** Soft delete: the row stays, hidden from reads, until restored. */
  async remove(id: string, ownerId?: string): Promise<void> {
    if (!(await this.repository.softDelete(id, ownerId))) {
      throw new NotFoundException(`Project ${id} not found`);
    }
    await this.cache.invalidate([CACHE_TAG]);
  }

  async restore(id: string, ownerId?: string): Promise<ProjectDetailResponse> {
    if (!(await this.repository.restore(id, ownerId))) {
      throw new NotFoundException(`Project ${id} not found`);
    }
    await this.cache.invalidate([CACHE_TAG]);
    return this.findOne(id, ownerId);
  }

  private async load(id: string): Promise<ProjectDetailResponse> {
    const project = await this.repository.findDetail(id);
    if (!project) {
      throw new NotFoundException(`Project ${id} not found`);
    }
    return toProjectDetailResponse(project);
  }

  private toEntity(dto: CreateProjectDto, ownerId: string): Project {
    return this.repository.create({ ...dto, ownerId: ownerId });
  }
}
