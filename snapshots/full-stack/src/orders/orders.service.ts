import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ENTITY_CACHE } from '../database/entity-cache';
import type { EntityCache } from '../database/entity-cache';
import { Page } from '../database/pagination';
import { BulkCreateOrdersDto } from './dto/bulk-create-orders.dto';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQueryDto } from './dto/list-orders-query.dto';
import {
  OrderDetailResponse,
  OrderResponse,
  toOrderDetailResponse,
  toOrderResponse,
} from './dto/order-response.dto';
import { UpdateOrderDto } from './dto/update-order.dto';
import { Order } from './entities/order.entity';
import { OrderRepository } from './order.repository';

/** Cache tag of orders: every write invalidates it. */
export const CACHE_TAG = 'orders';
/** A cached order embeds its relations, so it also goes stale with them. */
const DETAIL_TAGS = ['orders', 'customers'];

@Injectable()
export class OrdersService {
  constructor(
    private readonly repository: OrderRepository,
    @Inject(ENTITY_CACHE) private readonly cache: EntityCache,
  ) {}

  async create(dto: CreateOrderDto): Promise<OrderResponse> {
    const saved = await this.repository.save(this.toEntity(dto));
    await this.cache.invalidate([CACHE_TAG]);
    return toOrderResponse(saved);
  }

  /** Creates every item in one transaction: all of them or none. */
  async createMany(dto: BulkCreateOrdersDto): Promise<OrderResponse[]> {
    const rows = await this.repository.saveMany(
      dto.items.map((item) => this.toEntity(item)),
    );
    await this.cache.invalidate([CACHE_TAG]);
    return rows.map((row) => toOrderResponse(row));
  }

  async findAll(query: ListOrdersQueryDto): Promise<Page<OrderResponse>> {
    const [rows, total] = await this.repository.findPage(query);
    return {
      items: rows.map((row) => toOrderResponse(row)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Read through the entity cache; the relations come from one joined query. */
  findOne(id: string): Promise<OrderDetailResponse> {
    const key = `orders:${id}`;
    return this.cache.getOrLoad(key, DETAIL_TAGS, () => this.load(id));
  }

  async update(id: string, dto: UpdateOrderDto): Promise<OrderResponse> {
    const order = await this.repository.findById(id);
    if (!order) {
      throw new NotFoundException(`Order ${id} not found`);
    }
    this.repository.merge(order, dto);
    const saved = await this.repository.save(order);
    await this.cache.invalidate([CACHE_TAG]);
    return toOrderResponse(saved);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repository.delete(id))) {
      throw new NotFoundException(`Order ${id} not found`);
    }
    await this.cache.invalidate([CACHE_TAG]);
  }

  private async load(id: string): Promise<OrderDetailResponse> {
    const order = await this.repository.findDetail(id);
    if (!order) {
      throw new NotFoundException(`Order ${id} not found`);
    }
    return toOrderDetailResponse(order);
  }

  private toEntity(dto: CreateOrderDto): Order {
    return this.repository.create(dto);
  }
}
