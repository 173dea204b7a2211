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
import { ListProductsQueryDto } from './dto/list-products-query.dto';
import { Product } from './entities/product.entity';

/** Every query on products: the one place that knows how they are stored. */
@Injectable()
export class ProductRepository {
  constructor(
    @InjectRepository(Product)
    private readonly repository: Repository<Product>,
    private readonly dataSource: DataSource,
  ) {}

  /** One page, sorted and filtered on its own columns; relations are not loaded. */
  findPage(query: ListProductsQueryDto): Promise<[Product[], number]> {
    const where: FindOptionsWhere<Product> = {};
    if (query.name !== undefined) {
      where.name = query.name;
    }
    const [column, direction] = sortOrder(query.sort, query.order);
    const order = {
      [column]: direction,
      id: direction,
    } as FindOptionsOrder<Product>;
    return this.repository.findAndCount({
      where,
      order,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
  }

  findById(id: string): Promise<Product | null> {
    return this.repository.findOneBy({ id });
  }

  create(data: DeepPartial<Product>): Product {
    return this.repository.create(data);
  }

  merge(product: Product, data: DeepPartial<Product>): Product {
    return this.repository.merge(product, data);
  }

  save(product: Product): Promise<Product> {
    return this.repository.save(product);
  }

  /** Saves every row in one transaction: all of them or none. */
  saveMany(rows: Product[]): Promise<Product[]> {
    return this.dataSource.transaction((manager) => manager.save(rows));
  }

  /** Deletes the row; false when there is none. */
  async delete(id: string): Promise<boolean> {
    const result = await this.repository.delete({ id });
    return result.affected === 1;
  }
}
