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
import { ListProjectsQueryDto } from './dto/list-projects-query.dto';
import { Project } from './entities/project.entity';

/** Every query on projects: the one place that knows how they are stored. */
@Injectable()
export class ProjectRepository {
  constructor(
    @InjectRepository(Project)
    private readonly table: Repository<Project>,
    private readonly dataSource: DataSource,
    private readonly transaction: CommandTransaction,
  ) {}

  /** The table, in the transaction of the command under way if there is one. */
  private get repository(): Repository<Project> {
    return this.transaction.current()?.withRepository(this.table) ?? this.table;
  }

  /** One page, sorted and filtered on its own columns; relations are not loaded. */
  findPage(
    query: ListProjectsQueryDto,
    ownerId?: string,
  ): Promise<[Project[], number]> {
    const where: FindOptionsWhere<Project> = {};
    if (query.name !== undefined) {
      where.name = query.name;
    }
    if (query.ownerId !== undefined) {
      where.ownerId = query.ownerId;
    }
    if (ownerId !== undefined) {
      where.ownerId = ownerId;
    }
    const [column, direction] = sortOrder(query.sort, query.order);
    const order = {
      [column]: direction,
      id: direction,
    } as FindOptionsOrder<Project>;
    return this.repository.findAndCount({
      where,
      order,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
  }

  /** The project with its relations, joined in one query (no N+1). */
  findDetail(id: string): Promise<Project | null> {
    return this.repository.findOne({
      where: { id },
      relations: { owner: true, tasks: true },
      relationLoadStrategy: 'join',
    });
  }

  findById(id: string, ownerId?: string): Promise<Project | null> {
    return this.repository.findOneBy(this.owned(id, ownerId));
  }

  create(data: DeepPartial<Project>): Project {
    return this.repository.create(data);
  }

  merge(project: Project, data: DeepPartial<Project>): Project {
    return this.repository.merge(project, data);
  }

  save(project: Project): Promise<Project> {
    return this.repository.save(project);
  }

  /** Saves every row in one transaction (the command's): all of them or none. */
  saveMany(rows: Project[]): Promise<Project[]> {
    const current = this.transaction.current();
    return current
      ? current.save(rows)
      : this.dataSource.transaction((manager) => manager.save(rows));
  }

  /** Marks the row deleted (it stays, hidden from reads); false when there is none. */
  async softDelete(id: string, ownerId?: string): Promise<boolean> {
    const result = await this.repository.softDelete(this.owned(id, ownerId));
    return result.affected === 1;
  }

  /** Brings a soft-deleted row back; false when there is none. */
  async restore(id: string, ownerId?: string): Promise<boolean> {
    const result = await this.repository.restore(this.owned(id, ownerId));
    return result.affected === 1;
  }

  /** The row `id`, if `ownerId` owns it (any owner when undefined: an admin). */
  private owned(id: string, ownerId?: string): FindOptionsWhere<Project> {
    return ownerId === undefined ? { id } : { id, ownerId: ownerId };
  }
}
