import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ENTITY_CACHE } from '../database/entity-cache';
import type { EntityCache } from '../database/entity-cache';
import { Page } from '../database/pagination';
import { IntegrationEventPublisher } from '../messaging/integration-event.publisher';
import { BulkCreateProductsDto } from './dto/bulk-create-products.dto';
import { CreateProductDto } from './dto/create-product.dto';
import { ListProductsQueryDto } from './dto/list-products-query.dto';
import { ProductResponse, toProductResponse } from './dto/product-response.dto';
import { UpdateProductDto } from './dto/update-product.dto';
import { Product } from './entities/product.entity';
import { ProductRepository } from './product.repository';

/** Cache tag of products: every write invalidates it. */
export const CACHE_TAG = 'products';
/** A cached product embeds its relations, so it also goes stale with them. */
const DETAIL_TAGS = ['products'];

@Injectable()
export class ProductsService {
  constructor(
    private readonly repository: ProductRepository,
    @Inject(ENTITY_CACHE) private readonly cache: EntityCache,
    private readonly events: IntegrationEventPublisher,
  ) {}

  async create(dto: CreateProductDto): Promise<ProductResponse> {
    const saved = await this.repository.save(this.toEntity(dto));
    await this.cache.invalidate([CACHE_TAG]);
    const created = toProductResponse(saved);
    await this.events.publish('product', 'created', created);
    return created;
  }

  /** Creates every item in one transaction: all of them or none. */
  async createMany(dto: BulkCreateProductsDto): Promise<ProductResponse[]> {
    const rows = await this.repository.saveMany(
      dto.items.map((item) => this.toEntity(item)),
    );
    await this.cache.invalidate([CACHE_TAG]);
    const created = rows.map((row) => toProductResponse(row));
    for (const item of created) {
      await this.events.publish('product', 'created', item);
    }
    return created;
  }

  async findAll(query: ListProductsQueryDto): Promise<Page<ProductResponse>> {
    const [rows, total] = await this.repository.findPage(query);
    return {
      items: rows.map((row) => toProductResponse(row)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Read through the entity cache. */
  findOne(id: string): Promise<ProductResponse> {
    const key = `products:${id}`;
    return this.cache.getOrLoad(key, DETAIL_TAGS, () => this.load(id));
  }

  async update(id: string, dto: UpdateProductDto): Promise<ProductResponse> {
    const product = await this.repository.findById(id);
    if (!product) {
      throw new NotFoundException(`Product ${id} not found`);
    }
    this.repository.merge(product, dto);
    const saved = await this.repository.save(product);
    await this.cache.invalidate([CACHE_TAG]);
    const updated = toProductResponse(saved);
    await this.events.publish('product', 'updated', updated);
    return updated;
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repository.delete(id))) {
      throw new NotFoundException(`Product ${id} not found`);
    }
    await this.cache.invalidate([CACHE_TAG]);
    await this.events.publish('product', 'deleted', { id });
  }

  private async load(id: string): Promise<ProductResponse> {
    const product = await this.repository.findById(id);
    if (!product) {
      throw new NotFoundException(`Product ${id} not found`);
    }
    return toProductResponse(product);
  }

  private toEntity(dto: CreateProductDto): Product {
    return this.repository.create(dto);
  }
}
