import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { ENTITY_CACHE, EntityCache } from '../src/database/entity-cache';
import { RedisEntityCache } from '../src/redis/redis-entity-cache';
import {
  REDIS_CLIENT,
  REDIS_MODULE_OPTIONS,
} from '../src/redis/redis.constants';
import { RedisModuleOptions } from '../src/redis/redis.options';
import { createUser } from './factories/user.factory';
import { createTestApp } from './support/app';
import { waitFor } from './support/redis';

// The TypeORM services read by id through ENTITY_CACHE; with Redis it is shared
// by every instance, and a write on one invalidates the reads of all.
describe('EntityCache on Redis (e2e)', () => {
  let first: NestFastifyApplication;
  let second: NestFastifyApplication;
  let redis: Redis;
  let prefix: string;

  beforeAll(async () => {
    first = await createTestApp({ as: 'admin' });
    second = await createTestApp({ as: 'admin' });
    redis = first.get<Redis>(REDIS_CLIENT);
    prefix = first.get<RedisModuleOptions>(REDIS_MODULE_OPTIONS).keyPrefix;
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  it('is what the services inject', () => {
    expect(first.get(ENTITY_CACHE)).toBeInstanceOf(RedisEntityCache);
  });

  it('loads once, serves both instances, and reloads after a write', async () => {
    const [a, b] = [first, second].map((app) =>
      app.get<EntityCache>(ENTITY_CACHE),
    );
    const id = randomUUID();
    const tag = `products-${id}`;
    let version = 1;
    const load = jest.fn(async () => ({ id, version }));

    expect(await a.getOrLoad(`products:${id}`, [tag], load)).toEqual({
      id,
      version: 1,
    });
    expect(await b.getOrLoad(`products:${id}`, [tag], load)).toEqual({
      id,
      version: 1,
    });
    expect(load).toHaveBeenCalledTimes(1);
    expect(await redis.exists(`${prefix}:cache:entity:products:${id}`)).toBe(1);

    version = 2;
    await a.invalidate([tag]);

    await waitFor(
      async () =>
        (await b.getOrLoad(`products:${id}`, [tag], load)).version === 2,
    );
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('caches a GET by id for both instances until a write', async () => {
    const created = await createUser(first);
    const url = `/users/${created.id}`;
    const cached = () => redis.keys(`${prefix}:cache:entity:*${created.id}`);

    const read = await first.inject({ method: 'GET', url });

    expect(read.statusCode).toBe(200);
    expect(await cached()).toHaveLength(1);
    expect((await second.inject({ method: 'GET', url })).json()).toEqual(
      read.json(),
    );

    const removed = await first.inject({ method: 'DELETE', url });

    expect(removed.statusCode).toBe(204);
    expect(await cached()).toHaveLength(0);
    await waitFor(
      async () =>
        (await second.inject({ method: 'GET', url })).statusCode === 404,
    );
  });
});
