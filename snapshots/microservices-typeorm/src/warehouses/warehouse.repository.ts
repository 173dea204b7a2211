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
import { ListWarehousesQueryDto } from './dto/list-warehouses-query.dto';
import { Warehouse } from './entities/warehouse.entity';

/** Every query on warehouses: the one place that knows how they are stored. */
@Injectable()
export class WarehouseRepository {
  constructor(
    @InjectRepository(Warehouse)
    private readonly repository: Repository<Warehouse>,
    private readonly dataSource: DataSource,
  ) {}

  /** One page, sorted and filtered on its own columns; relations are not loaded. */
  findPage(query: ListWarehousesQueryDto): Promise<[Warehouse[], number]> {
    const where: FindOptionsWhere<Warehouse> = {};
    if (query.code !== undefined) {
      where.code = query.code;
    }
    if (query.city !== undefined) {
      where.city = query.city;
    }
    const [column, direction] = sortOrder(query.sort, query.order);
    const order = {
      [column]: direction,
      id: direction,
    } as FindOptionsOrder<Warehouse>;
    return this.repository.findAndCount({
      where,
      order,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
  }

  findById(id: string): Promise<Warehouse | null> {
    return this.repository.findOneBy({ id });
  }

  create(data: DeepPartial<Warehouse>): Warehouse {
    return this.repository.create(data);
  }

  merge(warehouse: Warehouse, data: DeepPartial<Warehouse>): Warehouse {
    return this.repository.merge(warehouse, data);
  }

  save(warehouse: Warehouse): Promise<Warehouse> {
    return this.repository.save(warehouse);
  }

  /** Saves every row in one transaction: all of them or none. */
  saveMany(rows: Warehouse[]): Promise<Warehouse[]> {
    return this.dataSource.transaction((manager) => manager.save(rows));
  }

  /** Deletes the row; false when there is none. */
  async delete(id: string): Promise<boolean> {
    const result = await this.repository.delete({ id });
    return result.affected === 1;
  }
}
