import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ENTITY_CACHE } from '../database/entity-cache';
import type { EntityCache } from '../database/entity-cache';
import { Page } from '../database/pagination';
import { BulkCreateProfilesDto } from './dto/bulk-create-profiles.dto';
import { CreateProfileDto } from './dto/create-profile.dto';
import { ListProfilesQueryDto } from './dto/list-profiles-query.dto';
import { ProfileResponse, toProfileResponse } from './dto/profile-response.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { Profile } from './entities/profile.entity';
import { ProfileRepository } from './profile.repository';

/** Cache tag of profiles: every write invalidates it. */
export const CACHE_TAG = 'profiles';
/** A cached profile embeds its relations, so it also goes stale with them. */
const DETAIL_TAGS = ['profiles'];

@Injectable()
export class ProfilesService {
  constructor(
    private readonly repository: ProfileRepository,
    @Inject(ENTITY_CACHE) private readonly cache: EntityCache,
  ) {}

  async create(dto: CreateProfileDto): Promise<ProfileResponse> {
    const saved = await this.repository.save(this.toEntity(dto));
    await this.cache.invalidate([CACHE_TAG]);
    return toProfileResponse(saved);
  }

  /** Creates every item in one transaction: all of them or none. */
  async createMany(dto: BulkCreateProfilesDto): Promise<ProfileResponse[]> {
    const rows = await this.repository.saveMany(
      dto.items.map((item) => this.toEntity(item)),
    );
    await this.cache.invalidate([CACHE_TAG]);
    return rows.map((row) => toProfileResponse(row));
  }

  async findAll(query: ListProfilesQueryDto): Promise<Page<ProfileResponse>> {
    const [rows, total] = await this.repository.findPage(query);
    return {
      items: rows.map((row) => toProfileResponse(row)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Read through the entity cache. */
  findOne(id: string): Promise<ProfileResponse> {
    const key = `profiles:${id}`;
    return this.cache.getOrLoad(key, DETAIL_TAGS, () => this.load(id));
  }

  async update(id: string, dto: UpdateProfileDto): Promise<ProfileResponse> {
    const profile = await this.repository.findById(id);
    if (!profile) {
      throw new NotFoundException(`Profile ${id} not found`);
    }
    this.repository.merge(profile, dto);
    const saved = await this.repository.save(profile);
    await this.cache.invalidate([CACHE_TAG]);
    return toProfileResponse(saved);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repository.delete(id))) {
      throw new NotFoundException(`Profile ${id} not found`);
    }
    await this.cache.invalidate([CACHE_TAG]);
  }

  private async load(id: string): Promise<ProfileResponse> {
    const profile = await this.repository.findById(id);
    if (!profile) {
      throw new NotFoundException(`Profile ${id} not found`);
    }
    return toProfileResponse(profile);
  }

  private toEntity(dto: CreateProfileDto): Profile {
    return this.repository.create(dto);
  }
}
