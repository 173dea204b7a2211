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
import { ListProfilesQueryDto } from './dto/list-profiles-query.dto';
import { Profile } from './entities/profile.entity';

/** Every query on profiles: the one place that knows how they are stored. */
@Injectable()
export class ProfileRepository {
  constructor(
    @InjectRepository(Profile)
    private readonly repository: Repository<Profile>,
    private readonly dataSource: DataSource,
  ) {}

  /** One page, sorted and filtered on its own columns; relations are not loaded. */
  findPage(query: ListProfilesQueryDto): Promise<[Profile[], number]> {
    const where: FindOptionsWhere<Profile> = {};
    const [column, direction] = sortOrder(query.sort, query.order);
    const order = {
      [column]: direction,
      id: direction,
    } as FindOptionsOrder<Profile>;
    return this.repository.findAndCount({
      where,
      order,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
  }

  findById(id: string): Promise<Profile | null> {
    return this.repository.findOneBy({ id });
  }

  create(data: DeepPartial<Profile>): Profile {
    return this.repository.create(data);
  }

  merge(profile: Profile, data: DeepPartial<Profile>): Profile {
    return this.repository.merge(profile, data);
  }

  save(profile: Profile): Promise<Profile> {
    return this.repository.save(profile);
  }

  /** Saves every row in one transaction: all of them or none. */
  saveMany(rows: Profile[]): Promise<Profile[]> {
    return this.dataSource.transaction((manager) => manager.save(rows));
  }

  /** Deletes the row; false when there is none. */
  async delete(id: string): Promise<boolean> {
    const result = await this.repository.delete({ id });
    return result.affected === 1;
  }
}
