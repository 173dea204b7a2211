import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DataSource,
  DeepPartial,
  FindOptionsOrder,
  FindOptionsWhere,
  Repository,
} from 'typeorm';
import { CommandTransaction } from '../cqrs/command-transaction';
import { sortOrder } from '../database/pagination';
import { ListTasksQueryDto } from './dto/list-tasks-query.dto';
import { Task } from './entities/task.entity';

/** Every query on tasks: the one place that knows how they are stored. */
@Injectable()
export class TaskRepository {
  constructor(
    @InjectRepository(Task)
    private readonly table: Repository<Task>,
    private readonly dataSource: DataSource,
    private readonly transaction: CommandTransaction,
  ) {}

  /** The table, in the transaction of the command under way if there is one. */
  private get repository(): Repository<Task> {
    return this.transaction.current()?.withRepository(this.table) ?? this.table;
  }

  /** One page, sorted and filtered on its own columns; relations are not loaded. */
  findPage(query: ListTasksQueryDto): Promise<[Task[], number]> {
    const where: FindOptionsWhere<Task> = {};
    if (query.title !== undefined) {
      where.title = query.title;
    }
    if (query.done !== undefined) {
      where.done = query.done;
    }
    if (query.projectId !== undefined) {
      where.projectId = query.projectId;
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

  /** The task with its relations, joined in one query (no N+1). */
  findDetail(id: string): Promise<Task | null> {
    return this.repository.findOne({
      where: { id },
      relations: { project: true },
      relationLoadStrategy: 'join',
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

  /** Saves every row in one transaction (the command's): all of them or none. */
  saveMany(rows: Task[]): Promise<Task[]> {
    const current = this.transaction.current();
    return current
      ? current.save(rows)
      : this.dataSource.transaction((manager) => manager.save(rows));
  }

  /** Deletes the row; false when there is none. */
  async delete(id: string): Promise<boolean> {
    const result = await this.repository.delete({ id });
    return result.affected === 1;
  }
}
