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
import { ListTagsQueryDto } from './dto/list-tags-query.dto';
import { Tag } from './entities/tag.entity';

/** Every query on tags: the one place that knows how they are stored. */
@Injectable()
export class TagRepository {
  constructor(
    @InjectRepository(Tag)
    private readonly repository: Repository<Tag>,
    private readonly dataSource: DataSource,
  ) {}

  /** One page, sorted and filtered on its own columns; relations are not loaded. */
  findPage(query: ListTagsQueryDto): Promise<[Tag[], number]> {
    const where: FindOptionsWhere<Tag> = {};
    if (query.label !== undefined) {
      where.label = query.label;
    }
    const [column, direction] = sortOrder(query.sort, query.order);
    const order = {
      [column]: direction,
      id: direction,
    } as FindOptionsOrder<Tag>;
    return this.repository.findAndCount({
      where,
      order,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
  }

  findById(id: string): Promise<Tag | null> {
    return this.repository.findOneBy({ id });
  }

  create(data: DeepPartial<Tag>): Tag {
    return this.repository.create(data);
  }

  merge(tag: Tag, data: DeepPartial<Tag>): Tag {
    return this.repository.merge(tag, data);
  }

  save(tag: Tag): Promise<Tag> {
    return this.repository.save(tag);
  }

  /** Saves every row in one transaction: all of them or none. */
  saveMany(rows: Tag[]): Promise<Tag[]> {
    return this.dataSource.transaction((manager) => manager.save(rows));
  }

  /** Deletes the row; false when there is none. */
  async delete(id: string): Promise<boolean> {
    const result = await this.repository.delete({ id });
    return result.affected === 1;
  }
}
