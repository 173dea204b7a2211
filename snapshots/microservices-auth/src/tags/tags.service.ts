import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ENTITY_CACHE } from '../database/entity-cache';
import type { EntityCache } from '../database/entity-cache';
import { Page } from '../database/pagination';
import { IntegrationEventPublisher } from '../messaging/integration-event.publisher';
import { BulkCreateTagsDto } from './dto/bulk-create-tags.dto';
import { CreateTagDto } from './dto/create-tag.dto';
import { ListTagsQueryDto } from './dto/list-tags-query.dto';
import { TagResponse, toTagResponse } from './dto/tag-response.dto';
import { UpdateTagDto } from './dto/update-tag.dto';
import { Tag } from './entities/tag.entity';
import { TagRepository } from './tag.repository';

/** Cache tag of tags: every write invalidates it. */
export const CACHE_TAG = 'tags';
/** A cached tag embeds its relations, so it also goes stale with them. */
const DETAIL_TAGS = ['tags'];

@Injectable()
export class TagsService {
  constructor(
    private readonly repository: TagRepository,
    @Inject(ENTITY_CACHE) private readonly cache: EntityCache,
    private readonly events: IntegrationEventPublisher,
  ) {}

  async create(dto: CreateTagDto): Promise<TagResponse> {
    const saved = await this.repository.save(this.toEntity(dto));
    await this.cache.invalidate([CACHE_TAG]);
    const created = toTagResponse(saved);
    await this.events.publish('tag', 'created', created);
    return created;
  }

  /** Creates every item in one transaction: all of them or none. */
  async createMany(dto: BulkCreateTagsDto): Promise<TagResponse[]> {
    const rows = await this.repository.saveMany(
      dto.items.map((item) => this.toEntity(item)),
    );
    await this.cache.invalidate([CACHE_TAG]);
    const created = rows.map((row) => toTagResponse(row));
    for (const item of created) {
      await this.events.publish('tag', 'created', item);
    }
    return created;
  }

  async findAll(query: ListTagsQueryDto): Promise<Page<TagResponse>> {
    const [rows, total] = await this.repository.findPage(query);
    return {
      items: rows.map((row) => toTagResponse(row)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Read through the entity cache. */
  findOne(id: string): Promise<TagResponse> {
    const key = `tags:${id}`;
    return this.cache.getOrLoad(key, DETAIL_TAGS, () => this.load(id));
  }

  async update(id: string, dto: UpdateTagDto): Promise<TagResponse> {
    const tag = await this.repository.findById(id);
    if (!tag) {
      throw new NotFoundException(`Tag ${id} not found`);
    }
    this.repository.merge(tag, dto);
    const saved = await this.repository.save(tag);
    await this.cache.invalidate([CACHE_TAG]);
    const updated = toTagResponse(saved);
    await this.events.publish('tag', 'updated', updated);
    return updated;
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repository.delete(id))) {
      throw new NotFoundException(`Tag ${id} not found`);
    }
    await this.cache.invalidate([CACHE_TAG]);
    await this.events.publish('tag', 'deleted', { id });
  }

  private async load(id: string): Promise<TagResponse> {
    const tag = await this.repository.findById(id);
    if (!tag) {
      throw new NotFoundException(`Tag ${id} not found`);
    }
    return toTagResponse(tag);
  }

  private toEntity(dto: CreateTagDto): Tag {
    return this.repository.create(dto);
  }
}
