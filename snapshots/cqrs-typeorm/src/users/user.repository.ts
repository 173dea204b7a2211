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
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { User } from './entities/user.entity';

/** Every query on users: the one place that knows how they are stored. */
@Injectable()
export class UserRepository {
  constructor(
    @InjectRepository(User)
    private readonly repository: Repository<User>,
    private readonly dataSource: DataSource,
  ) {}

  /** One page, sorted and filtered on its own columns; relations are not loaded. */
  findPage(query: ListUsersQueryDto): Promise<[User[], number]> {
    const where: FindOptionsWhere<User> = {};
    if (query.email !== undefined) {
      where.email = query.email;
    }
    if (query.role !== undefined) {
      where.role = query.role;
    }
    if (query.displayName !== undefined) {
      where.displayName = query.displayName;
    }
    const [column, direction] = sortOrder(query.sort, query.order);
    const order = {
      [column]: direction,
      id: direction,
    } as FindOptionsOrder<User>;
    return this.repository.findAndCount({
      where,
      order,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
  }

  findById(id: string): Promise<User | null> {
    return this.repository.findOneBy({ id });
  }

  create(data: DeepPartial<User>): User {
    return this.repository.create(data);
  }

  merge(user: User, data: DeepPartial<User>): User {
    return this.repository.merge(user, data);
  }

  save(user: User): Promise<User> {
    return this.repository.save(user);
  }

  /** Saves every row in one transaction: all of them or none. */
  saveMany(rows: User[]): Promise<User[]> {
    return this.dataSource.transaction((manager) => manager.save(rows));
  }

  /** Deletes the row; false when there is none. */
  async delete(id: string): Promise<boolean> {
    const result = await this.repository.delete({ id });
    return result.affected === 1;
  }
}
