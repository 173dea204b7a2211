import { Controller, Get, Post, UseInterceptors } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CacheKey, CacheTags, CacheTTL } from '../src/redis/cache.decorators';
import { CacheService, CacheStats } from '../src/redis/cache.service';
import { HttpCacheInterceptor } from '../src/redis/http-cache.interceptor';
import {
  REDIS_CLIENT,
  REDIS_MODULE_OPTIONS,
} from '../src/redis/redis.constants';
import { RedisModuleOptions } from '../src/redis/redis.options';
import { clientsNamed, createAppWith, waitFor } from './support/redis';

// A route cached by the interceptor: its counter shows when the handler ran.
@Controller('e2e-cache')
class CachedProbeController {
  private calls = 0;

  @Get('counter')
  @UseInterceptors(HttpCacheInterceptor)
  @CacheKey('probe:counter')
  @CacheTTL(30)
  @CacheTags('probe')
  counter(): { calls: number; at: Date } {
    this.calls++;
    return { calls: this.calls, at: new Date() };
  }

  @Post('counter/reset')
  reset(): void {
    this.calls = 100;
  }
}

describe('Redis cache (e2e)', () => {
  let app: NestFastifyApplication;
  let cache: CacheService;
  let redis: Redis;
  let options: RedisModuleOptions;
  const entry = (key: string) => `${options.keyPrefix}:cache:${key}`;

  // Counter changes since `before`: what one step did in each tier.
  const delta = (before: CacheStats): CacheStats => {
    const now = cache.stats();
    return {
      l1: {
        hits: now.l1.hits - before.l1.hits,
        misses: now.l1.misses - before.l1.misses,
      },
      l2: {
        hits: now.l2.hits - before.l2.hits,
        misses: now.l2.misses - before.l2.misses,
      },
    };
  };

  beforeAll(async () => {
    app = await createAppWith(CachedProbeController);
    cache = app.get(CacheService);
    redis = app.get<Redis>(REDIS_CLIENT);
    options = app.get<RedisModuleOptions>(REDIS_MODULE_OPTIONS);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('misses both tiers, then hits L2, then L1', async () => {
    const key = `tiers-${randomUUID()}`;
    let before = cache.stats();
    expect(await cache.get(key)).toBeUndefined();
    expect(delta(before)).toEqual({
      l1: { hits: 0, misses: 1 },
      l2: { hits: 0, misses: 1 },
    });

    // Written behind the service's back: only Redis has it.
    await redis.set(entry(key), JSON.stringify({ n: 1 }), 'EX', 60);
    before = cache.stats();
    expect(await cache.get(key)).toEqual({ n: 1 });
    expect(delta(before)).toEqual({
      l1: { hits: 0, misses: 1 },
      l2: { hits: 1, misses: 0 },
    });

    before = cache.stats();
    expect(await cache.get(key)).toEqual({ n: 1 });
    expect(delta(before)).toEqual({
      l1: { hits: 1, misses: 0 },
      l2: { hits: 0, misses: 0 },
    });
  });

  it('stores in Redis with the TTL and serves a fresh copy each time', async () => {
    const key = `ttl-${randomUUID()}`;
    const value = { at: new Date('2024-05-01T10:00:00Z'), tags: ['a'] };

    await cache.set(key, value, 120);
    const first = await cache.get<typeof value>(key);
    first!.tags.push('mutated');

    const ttl = await redis.ttl(entry(key));
    expect(ttl).toBeGreaterThan(110);
    expect(ttl).toBeLessThanOrEqual(120);
    expect(await cache.get(key)).toEqual(value);
    expect(first!.at).toBeInstanceOf(Date);
  });

  it('expires an entry from both tiers after its TTL', async () => {
    const key = `expiry-${randomUUID()}`;
    await cache.set(key, 'soon gone', 1);
    expect(await cache.get(key)).toBe('soon gone');

    await sleep(1_100);

    const before = cache.stats();
    expect(await cache.get(key)).toBeUndefined();
    expect(delta(before)).toEqual({
      l1: { hits: 0, misses: 1 },
      l2: { hits: 0, misses: 1 },
    });
    expect(await redis.exists(entry(key))).toBe(0);
  });

  it('deletes from both tiers', async () => {
    const key = `del-${randomUUID()}`;
    await cache.set(key, 1);

    await cache.del(key);

    expect(await cache.get(key)).toBeUndefined();
    expect(await redis.exists(entry(key))).toBe(0);
  });

  it('invalidates every entry under a tag and nothing else', async () => {
    const id = randomUUID();
    await cache.set(`a-${id}`, 'a', 60, [`products-${id}`]);
    await cache.set(`b-${id}`, 'b', 60, [`products-${id}`, `featured-${id}`]);
    await cache.set(`c-${id}`, 'c', 60, [`orders-${id}`]);
    expect(await cache.get(`a-${id}`)).toBe('a');

    const removed = await cache.invalidateTags(
      `products-${id}`,
      `featured-${id}`,
    );

    expect(removed).toBe(2);
    expect(await cache.get(`a-${id}`)).toBeUndefined();
    expect(await cache.get(`b-${id}`)).toBeUndefined();
    expect(await cache.get(`c-${id}`)).toBe('c');
    expect(await redis.exists(entry(`a-${id}`), entry(`b-${id}`))).toBe(0);
  });

  it('calls the loader once for 50 concurrent misses on one key', async () => {
    const key = `flight-${randomUUID()}`;
    const loader = jest.fn(async () => {
      await sleep(50);
      return { loaded: true };
    });

    const results = await Promise.all(
      Array.from({ length: 50 }, () => cache.wrap(key, 60, loader)),
    );

    expect(loader).toHaveBeenCalledTimes(1);
    expect(results).toHaveLength(50);
    results.forEach((result) => expect(result).toEqual({ loaded: true }));
    expect(await cache.wrap(key, 60, loader)).toEqual({ loaded: true });
    expect(loader).toHaveBeenCalledTimes(1);
    expect(await redis.exists(entry(key))).toBe(1);
  });

  it('caches a GET route in Redis until its tag is invalidated', async () => {
    const get = () => app.inject({ method: 'GET', url: '/e2e-cache/counter' });

    const first = await get();
    const second = await get();

    expect(first.statusCode).toBe(200);
    expect(first.headers['x-cache']).toBe('MISS');
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.json()).toEqual(first.json());
    // Keyed by caller too: one entry, under whoever asked.
    expect(await redis.keys(entry('http:*:probe:counter'))).toHaveLength(1);

    await app.inject({ method: 'POST', url: '/e2e-cache/counter/reset' });
    await cache.invalidateTags('probe');
    const third = await get();

    expect(third.headers['x-cache']).toBe('MISS');
    expect(third.json()).toMatchObject({ calls: 101 });
  });

  it('reports redis in GET /health', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ info: { redis: { status: 'up' } } });
  });

  it('closes both of its connections on shutdown', async () => {
    const other = await createAppWith();
    const names = ['client', 'subscriber'].map(
      (role) => `${options.keyPrefix}:${role}`,
    );
    const open = () =>
      Promise.all(names.map((name) => clientsNamed(redis, name)));
    const before = await open();
    const after = before.map((count) => count - 1);

    await other.close();

    await waitFor(async () => (await open()).join() === after.join());
    expect(before.every((count) => count >= 2)).toBe(true);
    expect(await open()).toEqual(after);
  });
});
