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
import { ListCustomersQueryDto } from './dto/list-customers-query.dto';
import { Customer } from './entities/customer.entity';

/** Every query on customers: the one place that knows how they are stored. */
@Injectable()
export class CustomerRepository {
  constructor(
    @InjectRepository(Customer)
    private readonly repository: Repository<Customer>,
    private readonly dataSource: DataSource,
  ) {}

  /** One page, sorted and filtered on its own columns; relations are not loaded. */
  findPage(query: ListCustomersQueryDto): Promise<[Customer[], number]> {
    const where: FindOptionsWhere<Customer> = {};
    if (query.name !== undefined) {
      where.name = query.name;
    }
    if (query.email !== undefined) {
      where.email = query.email;
    }
    const [column, direction] = sortOrder(query.sort, query.order);
    const order = {
      [column]: direction,
      id: direction,
    } as FindOptionsOrder<Customer>;
    return this.repository.findAndCount({
      where,
      order,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
  }

  /** The customer with its relations, joined in one query (no N+1). */
  findDetail(id: string): Promise<Customer | null> {
    return this.repository.findOne({
      where: { id },
      relations: { orders: true },
      relationLoadStrategy: 'join',
    });
  }

  findById(id: string): Promise<Customer | null> {
    return this.repository.findOneBy({ id });
  }

  create(data: DeepPartial<Customer>): Customer {
    return this.repository.create(data);
  }

  merge(customer: Customer, data: DeepPartial<Customer>): Customer {
    return this.repository.merge(customer, data);
  }

  save(customer: Customer): Promise<Customer> {
    return this.repository.save(customer);
  }

  /** Saves every row in one transaction: all of them or none. */
  saveMany(rows: Customer[]): Promise<Customer[]> {
    return this.dataSource.transaction((manager) => manager.save(rows));
  }

  /** Deletes the row; false when there is none. */
  async delete(id: string): Promise<boolean> {
    const result = await this.repository.delete({ id });
    return result.affected === 1;
  }
}
