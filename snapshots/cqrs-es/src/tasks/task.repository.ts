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
import { ListTasksQueryDto } from './dto/list-tasks-query.dto';
import { Task } from './entities/task.entity';

/** Every query on tasks: the one place that knows how they are stored. */
@Injectable()
export class TaskRepository {
  constructor(
    @InjectRepository(Task)
    private readonly repository: Repository<Task>,
    private readonly dataSource: DataSource,
  ) {}

  /** One page, sorted and filtered on its own columns; relations are not loaded. */
  findPage(query: ListTasksQueryDto): Promise<[Task[], number]> {
    const where: FindOptionsWhere<Task> = {};
    if (query.title !== undefined) {
      where.title = query.title;
    }
    if (query.priority !== undefined) {
      where.priority = query.priority;
    }
    if (query.done !== undefined) {
      where.done = query.done;
    }
    if (query.dueOn !== undefined) {
      where.dueOn = query.dueOn;
    }
    const [column, direction] = sortOrder(query.sort, query.order);
    const order = {
      [column]: direction,
      id: direction,
    } as FindOptionsOrder<Task>;
    return this.repository.findAndCount({
      where,
      order,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
  }

  findById(id: string): Promise<Task | null> {
    return this.repository.findOneBy({ id });
  }

  create(data: DeepPartial<Task>): Task {
    return this.repository.create(data);
  }

  merge(task: Task, data: DeepPartial<Task>): Task {
    return this.repository.merge(task, data);
  }

  save(task: Task): Promise<Task> {
    return this.repository.save(task);
  }

  /** Saves every row in one transaction: all of them or none. */
  saveMany(rows: Task[]): Promise<Task[]> {
    return this.dataSource.transaction((manager) => manager.save(rows));
  }

  /** Marks the row deleted (it stays, hidden from reads); false when there is none. */
  async softDelete(id: string): Promise<boolean> {
    const result = await this.repository.softDelete({ id });
    return result.affected === 1;
  }

  /** Brings a soft-deleted row back; false when there is none. */
  async restore(id: string): Promise<boolean> {
    const result = await this.repository.restore({ id });
    return result.affected === 1;
  }
}
