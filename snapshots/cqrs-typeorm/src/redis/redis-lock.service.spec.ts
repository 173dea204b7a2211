import { Logger } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import type Redis from 'ioredis';
import { LockNotAcquiredError, RedisLockService } from './redis-lock.service';
import { REDIS_CLIENT, REDIS_MODULE_OPTIONS } from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

describe('RedisLockService (Suites solitary)', () => {
  let locks: RedisLockService;
  let redis: Mocked<Redis>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(RedisLockService)
      .mock<RedisModuleOptions>(REDIS_MODULE_OPTIONS)
      .final({ keyPrefix: 'app' })
      .compile();
    locks = unit;
    redis = unitRef.get<Redis>(REDIS_CLIENT);
  });

  afterEach(() => jest.restoreAllMocks());

  describe('acquire()', () => {
    it('sets the key with SET NX PX and a random token', async () => {
      redis.set.mockResolvedValue('OK');

      const first = await locks.acquire('order-1', 1_000);
      const second = await locks.acquire('order-1', 1_000);

      expect(first!.resource).toBe('order-1');
      expect(first!.token).toMatch(/^[0-9a-f]{32}$/);
      expect(second!.token).not.toBe(first!.token);
      expect(redis.set).toHaveBeenCalledWith(
        'app:lock:order-1',
        first!.token,
        'PX',
        1_000,
        'NX',
      );
    });

    it('answers null while someone else holds the lock', async () => {
      redis.set.mockResolvedValue(null);

      await expect(locks.acquire('order-1', 1_000)).resolves.toBeNull();
    });
  });

  describe('release() and extend()', () => {
    const lock = { resource: 'order-1', token: 'abc' };

    it('release compares the token before deleting', async () => {
      redis.eval.mockResolvedValueOnce(1).mockResolvedValueOnce(0);

      await expect(locks.release(lock)).resolves.toBe(true);
      await expect(locks.release(lock)).resolves.toBe(false);
      expect(redis.eval).toHaveBeenCalledWith(
        expect.stringMatching(/GET[\s\S]*== ARGV\[1\][\s\S]*DEL/),
        1,
        'app:lock:order-1',
        'abc',
      );
    });

    it('extend compares the token before setting the TTL', async () => {
      redis.eval.mockResolvedValueOnce(1).mockResolvedValueOnce(0);

      await expect(locks.extend(lock, 5_000)).resolves.toBe(true);
      await expect(locks.extend(lock, 5_000)).resolves.toBe(false);
      expect(redis.eval).toHaveBeenCalledWith(
        expect.stringMatching(/GET[\s\S]*== ARGV\[1\][\s\S]*PEXPIRE/),
        1,
        'app:lock:order-1',
        'abc',
        5_000,
      );
    });
  });

  describe('withLock()', () => {
    it('runs the work holding the lock and releases it after', async () => {
      redis.set.mockResolvedValue('OK');
      redis.eval.mockResolvedValue(1);

      const result = await locks.withLock('r', 1_000, async (lock) => {
        expect(redis.eval).not.toHaveBeenCalled();
        return lock.resource;
      });

      expect(result).toBe('r');
      const token = redis.set.mock.calls[0][1];
      expect(redis.eval).toHaveBeenCalledWith(
        expect.stringContaining('DEL'),
        1,
        'app:lock:r',
        token,
      );
    });

    it('releases the lock when the work fails', async () => {
      redis.set.mockResolvedValue('OK');
      redis.eval.mockResolvedValue(1);

      await expect(
        locks.withLock('r', 1_000, async () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(redis.eval).toHaveBeenCalledTimes(1);
    });

    it('retries until the lock is free', async () => {
      redis.set
        .mockResolvedValueOnce(null)
        .mockResolvedValueOnce(null)
        .mockResolvedValue('OK');
      redis.eval.mockResolvedValue(1);

      await expect(
        locks.withLock('r', 1_000, async () => 'done', { retryDelayMs: 1 }),
      ).resolves.toBe('done');
      expect(redis.set).toHaveBeenCalledTimes(3);
    });

    it('gives up after the bounded retries', async () => {
      redis.set.mockResolvedValue(null);
      const work = jest.fn(async () => 'never');

      await expect(
        locks.withLock('r', 1_000, work, { retries: 2, retryDelayMs: 1 }),
      ).rejects.toBeInstanceOf(LockNotAcquiredError);
      expect(redis.set).toHaveBeenCalledTimes(3);
      expect(work).not.toHaveBeenCalled();
    });

    it('warns when the lock expired before the work ended', async () => {
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
      redis.set.mockResolvedValue('OK');
      redis.eval.mockResolvedValue(0);

      await expect(locks.withLock('r', 1_000, async () => 1)).resolves.toBe(1);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('expired'));
    });
  });
});
