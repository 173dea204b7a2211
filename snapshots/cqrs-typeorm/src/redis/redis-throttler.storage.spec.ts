import { Mocked, TestBed } from '@suites/unit';
import type Redis from 'ioredis';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { REDIS_CLIENT, REDIS_MODULE_OPTIONS } from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

describe('RedisThrottlerStorage (Suites solitary)', () => {
  let storage: RedisThrottlerStorage;
  let redis: Mocked<Redis>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(RedisThrottlerStorage)
      .mock<RedisModuleOptions>(REDIS_MODULE_OPTIONS)
      .final({ keyPrefix: 'app' })
      .compile();
    storage = unit;
    redis = unitRef.get<Redis>(REDIS_CLIENT);
  });

  it('counts a hit in Redis and reports the window in seconds', async () => {
    redis.eval.mockResolvedValue([3, 1_500, 0, 0]);

    await expect(
      storage.increment('client-hash', 60_000, 10, 60_000, 'default'),
    ).resolves.toEqual({
      totalHits: 3,
      timeToExpire: 2,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
    expect(redis.eval).toHaveBeenCalledWith(
      expect.stringContaining('INCR'),
      2,
      'app:throttle:default:client-hash:hits',
      'app:throttle:default:client-hash:blocked',
      60_000,
      10,
      60_000,
    );
  });

  it('reports a blocked client and when it is let through again', async () => {
    redis.eval.mockResolvedValue([11, 59_000, 1, 60_000]);

    await expect(
      storage.increment('client-hash', 60_000, 10, 60_000, 'burst'),
    ).resolves.toEqual({
      totalHits: 11,
      timeToExpire: 59,
      isBlocked: true,
      timeToBlockExpire: 60,
    });
  });
});
