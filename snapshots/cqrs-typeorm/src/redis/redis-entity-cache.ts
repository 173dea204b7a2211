import { Inject, Injectable } from '@nestjs/common';
import { EntityCache } from '../database/entity-cache';
import { CacheService } from './cache.service';
import { REDIS_MODULE_OPTIONS } from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

/**
 * The EntityCache of the TypeORM services on CacheService: reads by id go
 * through both tiers (one query for concurrent misses), and a write's tag
 * invalidation reaches every instance.
 */
@Injectable()
export class RedisEntityCache implements EntityCache {
  constructor(
    private readonly cache: CacheService,
    @Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions,
  ) {}

  getOrLoad<T>(
    key: string,
    tags: readonly string[],
    load: () => Promise<T>,
  ): Promise<T> {
    return this.cache.wrap(
      `entity:${key}`,
      this.options.defaultTtlSeconds,
      load,
      tags.map((tag) => `entity:${tag}`),
    );
  }

  async invalidate(tags: readonly string[]): Promise<void> {
    await this.cache.invalidateTags(...tags.map((tag) => `entity:${tag}`));
  }
}
