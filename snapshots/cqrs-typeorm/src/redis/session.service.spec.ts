import { Mocked, TestBed } from '@suites/unit';
import type Redis from 'ioredis';
import { REDIS_CLIENT, REDIS_MODULE_OPTIONS } from './redis.constants';
import type { RedisModuleOptions } from './redis.options';
import { SessionService } from './session.service';

describe('SessionService (Suites solitary)', () => {
  let sessions: SessionService;
  let redis: Mocked<Redis>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(SessionService)
      .mock<RedisModuleOptions>(REDIS_MODULE_OPTIONS)
      .final({ keyPrefix: 'app', sessionTtlSeconds: 600 })
      .compile();
    sessions = unit;
    redis = unitRef.get<Redis>(REDIS_CLIENT);
  });

  describe('create()', () => {
    it('stores the data under a new random id with the session TTL', async () => {
      redis.set.mockResolvedValue('OK');

      const first = await sessions.create({ userId: 'u1' });
      const second = await sessions.create({ userId: 'u1' }, 30);

      expect(first.data).toEqual({ userId: 'u1' });
      expect(first.id).toMatch(/^[\w-]{43}$/);
      expect(second.id).not.toBe(first.id);
      expect(redis.set).toHaveBeenNthCalledWith(
        1,
        `app:session:${first.id}`,
        '{"userId":"u1"}',
        'EX',
        600,
      );
      expect(redis.set).toHaveBeenNthCalledWith(
        2,
        `app:session:${second.id}`,
        '{"userId":"u1"}',
        'EX',
        30,
      );
    });
  });

  describe('get()', () => {
    it('returns the data, Dates included', async () => {
      redis.get.mockResolvedValue(
        '{"userId":"u1","at":{"$date":"2024-05-01T10:00:00.000Z"}}',
      );

      await expect(sessions.get('s1')).resolves.toEqual({
        userId: 'u1',
        at: new Date('2024-05-01T10:00:00.000Z'),
      });
      expect(redis.get).toHaveBeenCalledWith('app:session:s1');
    });

    it('returns null for an unknown or expired session', async () => {
      redis.get.mockResolvedValue(null);

      await expect(sessions.get('s1')).resolves.toBeNull();
    });
  });

  describe('update()', () => {
    it('replaces the data of an existing session only, keeping its TTL', async () => {
      redis.set.mockResolvedValueOnce('OK').mockResolvedValueOnce(null);

      await expect(sessions.update('s1', { n: 2 })).resolves.toBe(true);
      await expect(sessions.update('gone', { n: 2 })).resolves.toBe(false);
      expect(redis.set).toHaveBeenCalledWith(
        'app:session:s1',
        '{"n":2}',
        'KEEPTTL',
        'XX',
      );
    });
  });

  describe('touch()', () => {
    it('restarts the idle lifetime', async () => {
      redis.expire.mockResolvedValueOnce(1).mockResolvedValueOnce(0);

      await expect(sessions.touch('s1')).resolves.toBe(true);
      await expect(sessions.touch('gone', 30)).resolves.toBe(false);
      expect(redis.expire).toHaveBeenNthCalledWith(1, 'app:session:s1', 600);
      expect(redis.expire).toHaveBeenNthCalledWith(2, 'app:session:gone', 30);
    });
  });

  describe('destroy()', () => {
    it('deletes the session', async () => {
      redis.unlink.mockResolvedValueOnce(1).mockResolvedValueOnce(0);

      await expect(sessions.destroy('s1')).resolves.toBe(true);
      await expect(sessions.destroy('s1')).resolves.toBe(false);
      expect(redis.unlink).toHaveBeenCalledWith('app:session:s1');
    });
  });

  describe('rotate()', () => {
    it('moves the session to a new id', async () => {
      redis.eval.mockResolvedValue(1);

      const next = await sessions.rotate('s1');

      expect(next).toMatch(/^[\w-]{43}$/);
      expect(redis.eval).toHaveBeenCalledWith(
        expect.stringContaining('RENAME'),
        2,
        'app:session:s1',
        `app:session:${next}`,
      );
    });

    it('returns null when the session is gone', async () => {
      redis.eval.mockResolvedValue(0);

      await expect(sessions.rotate('gone')).resolves.toBeNull();
    });
  });
});
