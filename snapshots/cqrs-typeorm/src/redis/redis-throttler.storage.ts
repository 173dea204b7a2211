import { Inject, Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { REDIS_CLIENT, REDIS_MODULE_OPTIONS } from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

// KEYS[1]: hit counter, KEYS[2]: block flag. ARGV: window (ms), limit, block
// duration (ms). Returns { hits, ms to window end, blocked (0/1), ms to unblock }.
const INCREMENT = `
local blockedFor = redis.call('PTTL', KEYS[2])
if blockedFor > 0 then
  return { tonumber(ARGV[2]) + 1, blockedFor, 1, blockedFor }
end
local hits = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
local window = redis.call('PTTL', KEYS[1])
if hits <= tonumber(ARGV[2]) then
  return { hits, window, 0, 0 }
end
if tonumber(ARGV[3]) > 0 then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return { hits, window, 1, tonumber(ARGV[3]) }
end
return { hits, window, 1, window }`;

type ThrottlerRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The rate limiter's counters in Redis, so one limit holds across every
 * instance. Same semantics as the in-memory storage of @nestjs/throttler.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerRecord> {
    const base = `${this.options.keyPrefix}:throttle:${throttlerName}:${key}`;
    const [totalHits, expiresInMs, blocked, unblocksInMs] =
      (await this.redis.eval(
        INCREMENT,
        2,
        `${base}:hits`,
        `${base}:blocked`,
        ttl,
        limit,
        blockDuration,
      )) as [number, number, number, number];
    return {
      totalHits,
      timeToExpire: Math.ceil(expiresInMs / 1000),
      isBlocked: blocked === 1,
      timeToBlockExpire: Math.ceil(unblocksInMs / 1000),
    };
  }
}
