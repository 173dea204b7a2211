import { Mocked, TestBed } from '@suites/unit';
import { CacheService } from './cache.service';
import { RedisEntityCache } from './redis-entity-cache';
import { REDIS_MODULE_OPTIONS } from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

const OPTIONS: RedisModuleOptions = {
  url: 'redis://127.0.0.1:6379/0',
  keyPrefix: 'app',
  defaultTtlSeconds: 60,
  l1MaxEntries: 100,
  l1TtlSeconds: 30,
  sessionTtlSeconds: 600,
};

describe('RedisEntityCache (Suites solitary)', () => {
  let entityCache: RedisEntityCache;
  let cache: Mocked<CacheService>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(RedisEntityCache)
      .mock<RedisModuleOptions>(REDIS_MODULE_OPTIONS)
      .final(OPTIONS)
      .compile();
    entityCache = unit;
    cache = unitRef.get(CacheService);
  });

  it('reads through both tiers under entity-scoped keys and tags', async () => {
    const load = jest.fn().mockResolvedValue({ id: '1' });
    cache.wrap.mockImplementation((_key, _ttl, loader) => loader());

    await expect(
      entityCache.getOrLoad('tasks:1', ['tasks', 'tasks:1'], load),
    ).resolves.toEqual({ id: '1' });

    expect(cache.wrap).toHaveBeenCalledWith('entity:tasks:1', 60, load, [
      'entity:tasks',
      'entity:tasks:1',
    ]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('invalidates the entity-scoped tags', async () => {
    cache.invalidateTags.mockResolvedValue(2);

    await entityCache.invalidate(['tasks', 'tasks:1']);

    expect(cache.invalidateTags).toHaveBeenCalledWith(
      'entity:tasks',
      'entity:tasks:1',
    );
  });
});
