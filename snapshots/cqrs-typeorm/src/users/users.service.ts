import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { SessionStore } from '../auth/sessions/session-store';
import { ENTITY_CACHE } from '../database/entity-cache';
import type { EntityCache } from '../database/entity-cache';
import { Page } from '../database/pagination';
import { BulkCreateUsersDto } from './dto/bulk-create-users.dto';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { UserResponse, toUserResponse } from './dto/user-response.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { User } from './entities/user.entity';
import { UserRepository } from './user.repository';

/** Cache tag of users: every write invalidates it. */
export const CACHE_TAG = 'users';
/** A cached user embeds its relations, so it also goes stale with them. */
const DETAIL_TAGS = ['users'];

@Injectable()
export class UsersService {
  constructor(
    private readonly repository: UserRepository,
    @Inject(ENTITY_CACHE) private readonly cache: EntityCache,
    private readonly sessions: SessionStore,
  ) {}

  async create(dto: CreateUserDto): Promise<UserResponse> {
    const saved = await this.repository.save(this.toEntity(dto));
    await this.cache.invalidate([CACHE_TAG]);
    return toUserResponse(saved);
  }

  /** Creates every item in one transaction: all of them or none. */
  async createMany(dto: BulkCreateUsersDto): Promise<UserResponse[]> {
    const rows = await this.repository.saveMany(
      dto.items.map((item) => this.toEntity(item)),
    );
    await this.cache.invalidate([CACHE_TAG]);
    return rows.map((row) => toUserResponse(row));
  }

  async findAll(query: ListUsersQueryDto): Promise<Page<UserResponse>> {
    const [rows, total] = await this.repository.findPage(query);
    return {
      items: rows.map((row) => toUserResponse(row)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Read through the entity cache. */
  findOne(id: string): Promise<UserResponse> {
    const key = `users:${id}`;
    return this.cache.getOrLoad(key, DETAIL_TAGS, () => this.load(id));
  }

  async update(id: string, dto: UpdateUserDto): Promise<UserResponse> {
    const user = await this.repository.findById(id);
    if (!user) {
      throw new NotFoundException(`User ${id} not found`);
    }
    const { email, role } = user;
    this.repository.merge(user, dto);
    const saved = await this.repository.save(user);
    await this.cache.invalidate([CACHE_TAG]);
    if (saved.email !== email || saved.role !== role) {
      // Signed in as the old address or role: that ends now, not at expiry.
      await this.sessions.revokeAll(saved.id);
    }
    return toUserResponse(saved);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repository.delete(id))) {
      throw new NotFoundException(`User ${id} not found`);
    }
    await this.cache.invalidate([CACHE_TAG]);
    await this.sessions.revokeAll(id);
  }

  private async load(id: string): Promise<UserResponse> {
    const user = await this.repository.findById(id);
    if (!user) {
      throw new NotFoundException(`User ${id} not found`);
    }
    return toUserResponse(user);
  }

  private toEntity(dto: CreateUserDto): User {
    return this.repository.create(dto);
  }
}
