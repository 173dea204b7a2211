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
import { ListOrdersQueryDto } from './dto/list-orders-query.dto';
import { Order } from './entities/order.entity';

/** Every query on orders: the one place that knows how they are stored. */
@Injectable()
export class OrderRepository {
  constructor(
    @InjectRepository(Order)
    private readonly repository: Repository<Order>,
    private readonly dataSource: DataSource,
  ) {}

  /** One page, sorted and filtered on its own columns; relations are not loaded. */
  findPage(query: ListOrdersQueryDto): Promise<[Order[], number]> {
    const where: FindOptionsWhere<Order> = {};
    if (query.customerId !== undefined) {
      where.customerId = query.customerId;
    }
    const [column, direction] = sortOrder(query.sort, query.order);
    const order = {
      [column]: direction,
      id: direction,
    } as FindOptionsOrder<Order>;
    return this.repository.findAndCount({
      where,
      order,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
  }

  /** The order with its relations, joined in one query (no N+1). */
  findDetail(id: string): Promise<Order | null> {
    return this.repository.findOne({
      where: { id },
      relations: { customer: true, products: true },
      relationLoadStrategy: 'join',
    });
  }

  findById(id: string): Promise<Order | null> {
    return this.repository.findOneBy({ id });
  }

  create(data: DeepPartial<Order>): Order {
    return this.repository.create(data);
  }

  merge(order: Order, data: DeepPartial<Order>): Order {
    return this.repository.merge(order, data);
  }

  save(order: Order): Promise<Order> {
    return this.repository.save(order);
  }

  /** Saves every row in one transaction: all of them or none. */
  saveMany(rows: Order[]): Promise<Order[]> {
    return this.dataSource.transaction((manager) => manager.save(rows));
  }

  /** Deletes the row; false when there is none. */
  async delete(id: string): Promise<boolean> {
    const result = await this.repository.delete({ id });
    return result.affected === 1;
  }
}
