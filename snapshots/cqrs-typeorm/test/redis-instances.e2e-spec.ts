import { Controller, Get } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { validateEnv } from '../src/config/env.validation';
import { CacheService } from '../src/redis/cache.service';
import { channel, PubSubService } from '../src/redis/pubsub.service';
import { RedisLockService } from '../src/redis/redis-lock.service';
import {
  REDIS_CLIENT,
  REDIS_MODULE_OPTIONS,
} from '../src/redis/redis.constants';
import { RedisModuleOptions } from '../src/redis/redis.options';
import { createAppWith, waitFor } from './support/redis';

@Controller('e2e-limited')
class LimitedProbeController {
  @Get()
  ping(): { ok: boolean } {
    return { ok: true };
  }
}

// Two instances of the app in one process, as behind a load balancer: each has
// its own connections and in-process cache tier, and they share one Redis.
describe('Two app instances on one Redis (e2e)', () => {
  let first: NestFastifyApplication;
  let second: NestFastifyApplication;
  const env = validateEnv(process.env);

  beforeAll(async () => {
    first = await createAppWith(LimitedProbeController);
    second = await createAppWith(LimitedProbeController);
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  it('a write on one instance evicts the in-process entry of the other', async () => {
    const [a, b] = [first.get(CacheService), second.get(CacheService)];
    const key = `shared-${randomUUID()}`;
    const options = first.get<RedisModuleOptions>(REDIS_MODULE_OPTIONS);
    await b.set(key, 'v1', 60);

    // Changed in Redis behind both services: b keeps serving its L1 copy.
    await first
      .get<Redis>(REDIS_CLIENT)
      .set(`${options.keyPrefix}:cache:${key}`, JSON.stringify('v0'), 'EX', 60);
    expect(await b.get(key)).toBe('v1');

    await a.set(key, 'v2', 60);
    await waitFor(async () => (await b.get(key)) === 'v2');

    await a.del(key);
    await waitFor(async () => (await b.get(key)) === undefined);
  });

  it('tag invalidation on one instance evicts the entries of the other', async () => {
    const [a, b] = [first.get(CacheService), second.get(CacheService)];
    const tag = `catalog-${randomUUID()}`;
    await b.set(`${tag}:1`, 'one', 60, [tag]);
    expect(await b.get(`${tag}:1`)).toBe('one');

    expect(await a.invalidateTags(tag)).toBe(1);

    await waitFor(async () => (await b.get(`${tag}:1`)) === undefined);
  });

  it('counts the rate limit over the requests to both instances', async () => {
    const send = (app: NestFastifyApplication) =>
      app.inject({
        method: 'GET',
        url: '/e2e-limited',
        remoteAddress: '192.0.2.41',
      });
    for (let i = 0; i < env.THROTTLE_LIMIT; i++) {
      expect((await send(i % 2 === 0 ? first : second)).statusCode).toBe(200);
    }

    const [fromFirst, fromSecond] = [await send(first), await send(second)];

    expect(fromFirst.statusCode).toBe(429);
    expect(fromSecond.statusCode).toBe(429);
    expect(fromSecond.headers['retry-after']).toBeDefined();
  });

  it('never gives a lock to two of 20 concurrent holders', async () => {
    const locks = [first.get(RedisLockService), second.get(RedisLockService)];
    const resource = `stock-${randomUUID()}`;
    let holders = 0;
    let mostAtOnce = 0;
    const ran: number[] = [];

    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        // The lease outlives any stall of a loaded machine: only mutual
        // exclusion is under test here, not expiry.
        locks[i % 2].withLock(
          resource,
          30_000,
          async () => {
            holders++;
            mostAtOnce = Math.max(mostAtOnce, holders);
            await sleep(5);
            ran.push(i);
            holders--;
          },
          { retries: 200, retryDelayMs: 5, maxRetryDelayMs: 50 },
        ),
      ),
    );

    expect(mostAtOnce).toBe(1);
    expect(ran.sort((x, y) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
  });

  it('delivers a published message to the subscribers of every instance', async () => {
    interface PriceChanged {
      sku: string;
      price: number;
    }
    const prices = channel<PriceChanged>(`prices-${randomUUID()}`);
    const received: PriceChanged[] = [];
    const unsubscribe = await second
      .get(PubSubService)
      .subscribe(prices, (message) => {
        received.push(message);
      });

    const delivered = await first
      .get(PubSubService)
      .publish(prices, { sku: 'A-1', price: 990 });

    expect(delivered).toBe(1);
    await waitFor(async () => received.length === 1);
    expect(received).toEqual([{ sku: 'A-1', price: 990 }]);

    await unsubscribe();
    expect(
      await first.get(PubSubService).publish(prices, { sku: 'A-1', price: 1 }),
    ).toBe(0);
  });
});
