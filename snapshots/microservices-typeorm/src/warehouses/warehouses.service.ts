import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ENTITY_CACHE } from '../database/entity-cache';
import type { EntityCache } from '../database/entity-cache';
import { Page } from '../database/pagination';
import { IntegrationEventPublisher } from '../messaging/integration-event.publisher';
import { BulkCreateWarehousesDto } from './dto/bulk-create-warehouses.dto';
import { CreateWarehouseDto } from './dto/create-warehouse.dto';
import { ListWarehousesQueryDto } from './dto/list-warehouses-query.dto';
import {
  WarehouseResponse,
  toWarehouseResponse,
} from './dto/warehouse-response.dto';
import { UpdateWarehouseDto } from './dto/update-warehouse.dto';
import { Warehouse } from './entities/warehouse.entity';
import { WarehouseRepository } from './warehouse.repository';

/** Cache tag of warehouses: every write invalidates it. */
export const CACHE_TAG = 'warehouses';
/** A cached warehouse embeds its relations, so it also goes stale with them. */
const DETAIL_TAGS = ['warehouses'];

@Injectable()
export class WarehousesService {
  constructor(
    private readonly repository: WarehouseRepository,
    @Inject(ENTITY_CACHE) private readonly cache: EntityCache,
    private readonly events: IntegrationEventPublisher,
  ) {}

  async create(dto: CreateWarehouseDto): Promise<WarehouseResponse> {
    const saved = await this.repository.save(this.toEntity(dto));
    await this.cache.invalidate([CACHE_TAG]);
    const created = toWarehouseResponse(saved);
    await this.events.publish('warehouse', 'created', created);
    return created;
  }

  /** Creates every item in one transaction: all of them or none. */
  async createMany(dto: BulkCreateWarehousesDto): Promise<WarehouseResponse[]> {
    const rows = await this.repository.saveMany(
      dto.items.map((item) => this.toEntity(item)),
    );
    await this.cache.invalidate([CACHE_TAG]);
    const created = rows.map((row) => toWarehouseResponse(row));
    for (const item of created) {
      await this.events.publish('warehouse', 'created', item);
    }
    return created;
  }

  async findAll(
    query: ListWarehousesQueryDto,
  ): Promise<Page<WarehouseResponse>> {
    const [rows, total] = await this.repository.findPage(query);
    return {
      items: rows.map((row) => toWarehouseResponse(row)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Read through the entity cache. */
  findOne(id: string): Promise<WarehouseResponse> {
    const key = `warehouses:${id}`;
    return this.cache.getOrLoad(key, DETAIL_TAGS, () => this.load(id));
  }

  async update(
    id: string,
    dto: UpdateWarehouseDto,
  ): Promise<WarehouseResponse> {
    const warehouse = await this.repository.findById(id);
    if (!warehouse) {
      throw new NotFoundException(`Warehouse ${id} not found`);
    }
    this.repository.merge(warehouse, dto);
    const saved = await this.repository.save(warehouse);
    await this.cache.invalidate([CACHE_TAG]);
    const updated = toWarehouseResponse(saved);
    await this.events.publish('warehouse', 'updated', updated);
    return updated;
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repository.delete(id))) {
      throw new NotFoundException(`Warehouse ${id} not found`);
    }
    await this.cache.invalidate([CACHE_TAG]);
    await this.events.publish('warehouse', 'deleted', { id });
  }

  private async load(id: string): Promise<WarehouseResponse> {
    const warehouse = await this.repository.findById(id);
    if (!warehouse) {
      throw new NotFoundException(`Warehouse ${id} not found`);
    }
    return toWarehouseResponse(warehouse);
  }

  private toEntity(dto: CreateWarehouseDto): Warehouse {
    return this.repository.create(dto);
  }
}
