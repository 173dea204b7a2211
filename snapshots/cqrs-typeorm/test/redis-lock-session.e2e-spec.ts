import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  LockNotAcquiredError,
  RedisLockService,
} from '../src/redis/redis-lock.service';
import {
  REDIS_CLIENT,
  REDIS_MODULE_OPTIONS,
} from '../src/redis/redis.constants';
import { RedisModuleOptions } from '../src/redis/redis.options';
import { SessionService } from '../src/redis/session.service';
import { createAppWith } from './support/redis';

describe('Redis locks and sessions (e2e)', () => {
  let app: NestFastifyApplication;
  let redis: Redis;
  let prefix: string;

  beforeAll(async () => {
    app = await createAppWith();
    redis = app.get<Redis>(REDIS_CLIENT);
    prefix = app.get<RedisModuleOptions>(REDIS_MODULE_OPTIONS).keyPrefix;
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('RedisLockService', () => {
    let locks: RedisLockService;

    beforeAll(() => {
      locks = app.get(RedisLockService);
    });

    it('lets only the holder release or extend the lock', async () => {
      const resource = `order-${randomUUID()}`;
      const lock = await locks.acquire(resource, 1_000);
      expect(lock).not.toBeNull();
      expect(await locks.acquire(resource, 1_000)).toBeNull();

      const stranger = { resource, token: 'not-the-token' };
      expect(await locks.release(stranger)).toBe(false);
      expect(await locks.extend(stranger, 60_000)).toBe(false);
      expect(await redis.exists(`${prefix}:lock:${resource}`)).toBe(1);

      expect(await locks.extend(lock!, 60_000)).toBe(true);
      expect(await redis.pttl(`${prefix}:lock:${resource}`)).toBeGreaterThan(
        1_000,
      );
      expect(await locks.release(lock!)).toBe(true);
      expect(await locks.release(lock!)).toBe(false);
      expect(await locks.acquire(resource, 1_000)).not.toBeNull();
    });

    it('frees the lock when its TTL runs out', async () => {
      const resource = `job-${randomUUID()}`;
      await locks.acquire(resource, 200);

      await sleep(300);

      expect(await locks.acquire(resource, 200)).not.toBeNull();
    });

    it('gives up after the bounded retries while another holds the lock', async () => {
      const resource = `report-${randomUUID()}`;
      await locks.acquire(resource, 5_000);
      const work = jest.fn(async () => 'done');

      await expect(
        locks.withLock(resource, 5_000, work, {
          retries: 3,
          retryDelayMs: 10,
        }),
      ).rejects.toBeInstanceOf(LockNotAcquiredError);
      expect(work).not.toHaveBeenCalled();
    });

    it('runs the work under the lock and releases it after', async () => {
      const resource = `invoice-${randomUUID()}`;

      const result = await locks.withLock(resource, 5_000, async (lock) => {
        expect(await locks.acquire(resource, 5_000)).toBeNull();
        return lock.resource;
      });

      expect(result).toBe(resource);
      expect(await redis.exists(`${prefix}:lock:${resource}`)).toBe(0);
    });
  });

  describe('SessionService', () => {
    let sessions: SessionService;

    beforeAll(() => {
      sessions = app.get(SessionService);
    });

    it('creates, reads, updates, rotates and destroys a session', async () => {
      const signedInAt = new Date('2024-05-01T10:00:00Z');
      const session = await sessions.create({ userId: 'u1', signedInAt });
      expect(session.id).toMatch(/^[\w-]{43}$/);
      expect(await sessions.get(session.id)).toEqual({
        userId: 'u1',
        signedInAt,
      });

      expect(await sessions.update(session.id, { userId: 'u2' })).toBe(true);
      const rotated = await sessions.rotate(session.id);

      expect(rotated).not.toBeNull();
      expect(rotated).not.toBe(session.id);
      expect(await sessions.get(session.id)).toBeNull();
      expect(await sessions.get(rotated!)).toEqual({ userId: 'u2' });
      expect(await sessions.destroy(rotated!)).toBe(true);
      expect(await sessions.get(rotated!)).toBeNull();
      expect(await sessions.rotate(rotated!)).toBeNull();
      expect(await sessions.update(rotated!, { userId: 'u3' })).toBe(false);
    });

    it('expires an idle session, and touch keeps it alive', async () => {
      const idle = await sessions.create({ n: 1 }, 1);
      const active = await sessions.create({ n: 2 }, 1);

      expect(await sessions.touch(active.id, 60)).toBe(true);
      await sleep(1_100);

      expect(await sessions.get(idle.id)).toBeNull();
      expect(await sessions.touch(idle.id)).toBe(false);
      expect(await sessions.get(active.id)).toEqual({ n: 2 });
      expect(await redis.ttl(`${prefix}:session:${active.id}`)).toBeGreaterThan(
        50,
      );
    });
  });
});
