import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ENTITY_CACHE } from '../database/entity-cache';
import type { EntityCache } from '../database/entity-cache';
import { Page } from '../database/pagination';
import { BulkCreateCustomersDto } from './dto/bulk-create-customers.dto';
import { CreateCustomerDto } from './dto/create-customer.dto';
import { ListCustomersQueryDto } from './dto/list-customers-query.dto';
import {
  CustomerDetailResponse,
  CustomerResponse,
  toCustomerDetailResponse,
  toCustomerResponse,
} from './dto/customer-response.dto';
import { UpdateCustomerDto } from './dto/update-customer.dto';
import { Customer } from './entities/customer.entity';
import { CustomerRepository } from './customer.repository';

/** Cache tag of customers: every write invalidates it. */
export const CACHE_TAG = 'customers';
/** A cached customer embeds its relations, so it also goes stale with them. */
const DETAIL_TAGS = ['customers', 'orders'];

@Injectable()
export class CustomersService {
  constructor(
    private readonly repository: CustomerRepository,
    @Inject(ENTITY_CACHE) private readonly cache: EntityCache,
  ) {}

  async create(dto: CreateCustomerDto): Promise<CustomerResponse> {
    const saved = await this.repository.save(this.toEntity(dto));
    await this.cache.invalidate([CACHE_TAG]);
    return toCustomerResponse(saved);
  }

  /** Creates every item in one transaction: all of them or none. */
  async createMany(dto: BulkCreateCustomersDto): Promise<CustomerResponse[]> {
    const rows = await this.repository.saveMany(
      dto.items.map((item) => this.toEntity(item)),
    );
    await this.cache.invalidate([CACHE_TAG]);
    return rows.map((row) => toCustomerResponse(row));
  }

  async findAll(query: ListCustomersQueryDto): Promise<Page<CustomerResponse>> {
    const [rows, total] = await this.repository.findPage(query);
    return {
      items: rows.map((row) => toCustomerResponse(row)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Read through the entity cache; the relations come from one joined query. */
  findOne(id: string): Promise<CustomerDetailResponse> {
    const key = `customers:${id}`;
    return this.cache.getOrLoad(key, DETAIL_TAGS, () => this.load(id));
  }

  async update(id: string, dto: UpdateCustomerDto): Promise<CustomerResponse> {
    const customer = await this.repository.findById(id);
    if (!customer) {
      throw new NotFoundException(`Customer ${id} not found`);
    }
    this.repository.merge(customer, dto);
    const saved = await this.repository.save(customer);
    await this.cache.invalidate([CACHE_TAG]);
    return toCustomerResponse(saved);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repository.delete(id))) {
      throw new NotFoundException(`Customer ${id} not found`);
    }
    await this.cache.invalidate([CACHE_TAG]);
  }

  private async load(id: string): Promise<CustomerDetailResponse> {
    const customer = await this.repository.findDetail(id);
    if (!customer) {
      throw new NotFoundException(`Customer ${id} not found`);
    }
    return toCustomerDetailResponse(customer);
  }

  private toEntity(dto: CreateCustomerDto): Customer {
    return this.repository.create(dto);
  }
}
