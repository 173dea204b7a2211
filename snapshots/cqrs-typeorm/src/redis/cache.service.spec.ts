import { Logger } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import type Redis from 'ioredis';
import {
  CACHE_INVALIDATION,
  CacheInvalidation,
  CacheService,
} from './cache.service';
import { MessageHandler, PubSubService } from './pubsub.service';
import { REDIS_CLIENT, REDIS_MODULE_OPTIONS } from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

const OPTIONS: RedisModuleOptions = {
  url: 'redis://127.0.0.1:6379/0',
  keyPrefix: 'app',
  defaultTtlSeconds: 60,
  l1MaxEntries: 100,
  l1TtlSeconds: 30,
  sessionTtlSeconds: 600,
};

describe('CacheService (Suites solitary)', () => {
  let cache: CacheService;
  let redis: Mocked<Redis>;
  let pubsub: Mocked<PubSubService>;

  async function compile(options: Partial<RedisModuleOptions> = {}) {
    const { unit, unitRef } = await TestBed.solitary(CacheService)
      .mock<RedisModuleOptions>(REDIS_MODULE_OPTIONS)
      .final({ ...OPTIONS, ...options })
      .compile();
    cache = unit;
    redis = unitRef.get<Redis>(REDIS_CLIENT);
    pubsub = unitRef.get(PubSubService);
    pubsub.publish.mockResolvedValue(1);
  }

  // The keys each announcement on the invalidation channel named.
  const announced = () =>
    pubsub.publish.mock.calls.map(([sent, message]) => ({
      channel: sent.name,
      keys: (message as CacheInvalidation).keys,
    }));

  beforeEach(() => compile());

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  describe('get()', () => {
    it('misses both tiers when Redis has nothing', async () => {
      redis.eval.mockResolvedValue(null);

      await expect(cache.get('k')).resolves.toBeUndefined();

      expect(redis.eval).toHaveBeenCalledWith(
        expect.stringContaining('PTTL'),
        1,
        'app:cache:k',
      );
      expect(cache.stats()).toEqual({
        l1: { hits: 0, misses: 1 },
        l2: { hits: 0, misses: 1 },
      });
    });

    it('fills L1 from L2, so the next read stays in process', async () => {
      redis.eval.mockResolvedValue(['{"n":1}', 5_000]);

      await expect(cache.get('k')).resolves.toEqual({ n: 1 });
      await expect(cache.get('k')).resolves.toEqual({ n: 1 });

      expect(redis.eval).toHaveBeenCalledTimes(1);
      expect(cache.stats()).toEqual({
        l1: { hits: 1, misses: 1 },
        l2: { hits: 1, misses: 0 },
      });
    });

    it('keeps an L1 copy no longer than the Redis entry has left', async () => {
      jest.useFakeTimers({ now: 0 });
      redis.eval
        .mockResolvedValueOnce(['"v"', 100])
        .mockResolvedValueOnce(null);
      await cache.get('k');

      jest.setSystemTime(100);

      await expect(cache.get('k')).resolves.toBeUndefined();
      expect(redis.eval).toHaveBeenCalledTimes(2);
    });

    it('reads Redis every time when L1 is off', async () => {
      await compile({ l1MaxEntries: 0 });
      redis.eval.mockResolvedValue(['1', 5_000]);

      await cache.get('k');
      await cache.get('k');

      expect(redis.eval).toHaveBeenCalledTimes(2);
      expect(cache.stats().l1).toEqual({ hits: 0, misses: 0 });
    });
  });

  describe('set()', () => {
    it('stores the entry and its tags, keeps it in L1 and tells the other instances', async () => {
      redis.eval.mockResolvedValue(1);

      await cache.set('k', { at: new Date(0) }, 10, ['t1', 't2']);

      expect(redis.eval).toHaveBeenCalledWith(
        expect.stringContaining('SADD'),
        3,
        'app:cache:k',
        'app:cache-tag:t1',
        'app:cache-tag:t2',
        '{"at":{"$date":"1970-01-01T00:00:00.000Z"}}',
        10_000,
        'k',
      );
      expect(announced()).toEqual([
        { channel: CACHE_INVALIDATION.name, keys: ['k'] },
      ]);
      redis.eval.mockClear();
      await expect(cache.get('k')).resolves.toEqual({ at: new Date(0) });
      expect(redis.eval).not.toHaveBeenCalled();
    });

    it('uses the default TTL', async () => {
      redis.eval.mockResolvedValue(1);

      await cache.set('k', 'v');

      expect(redis.eval.mock.calls[0]).toContain(60_000);
    });

    it('refuses a TTL that is not positive', async () => {
      await expect(cache.set('k', 'v', 0)).rejects.toThrow(RangeError);
      expect(redis.eval).not.toHaveBeenCalled();
    });
  });

  describe('del()', () => {
    it('removes the key from both tiers and tells the other instances', async () => {
      redis.eval.mockResolvedValue(1);
      await cache.set('k', 'v');
      redis.eval.mockResolvedValue(null);

      await cache.del('k');

      expect(redis.unlink).toHaveBeenCalledWith('app:cache:k');
      expect(announced().at(-1)).toEqual({
        channel: CACHE_INVALIDATION.name,
        keys: ['k'],
      });
      await expect(cache.get('k')).resolves.toBeUndefined();
    });
  });

  describe('invalidateTags()', () => {
    it('removes the entries under the tags from both tiers', async () => {
      redis.eval.mockResolvedValue(1);
      await cache.set('a', 'A', 60, ['t']);
      redis.eval.mockResolvedValueOnce(['a', 'b', 'a']).mockResolvedValue(null);

      await expect(cache.invalidateTags('t', 'u')).resolves.toBe(2);

      expect(redis.eval).toHaveBeenCalledWith(
        expect.stringContaining('SMEMBERS'),
        2,
        'app:cache-tag:t',
        'app:cache-tag:u',
        'app:cache:',
      );
      expect(announced().at(-1)).toEqual({
        channel: CACHE_INVALIDATION.name,
        keys: ['a', 'b'],
      });
      await expect(cache.get('a')).resolves.toBeUndefined();
    });

    it('does nothing without tags', async () => {
      await expect(cache.invalidateTags()).resolves.toBe(0);
      expect(redis.eval).not.toHaveBeenCalled();
    });
  });

  describe('wrap()', () => {
    it('calls the loader once for concurrent misses and stores its result', async () => {
      redis.eval.mockResolvedValueOnce(null).mockResolvedValue(1);
      const loader = jest.fn(async () => ({ id: 7 }));

      const results = await Promise.all(
        Array.from({ length: 5 }, () => cache.wrap('k', 30, loader, ['t'])),
      );

      expect(loader).toHaveBeenCalledTimes(1);
      expect(results).toEqual(Array.from({ length: 5 }, () => ({ id: 7 })));
      expect(redis.eval).toHaveBeenCalledTimes(2);
      expect(redis.eval).toHaveBeenLastCalledWith(
        expect.stringContaining('SADD'),
        2,
        'app:cache:k',
        'app:cache-tag:t',
        '{"id":7}',
        30_000,
        'k',
      );
    });

    it('serves a cached value without calling the loader', async () => {
      redis.eval.mockResolvedValue(['"cached"', 5_000]);
      const loader = jest.fn(async () => 'fresh');

      await expect(cache.wrap('k', 30, loader)).resolves.toBe('cached');
      expect(loader).not.toHaveBeenCalled();
    });

    it('falls back to the loader when Redis fails, and logs it', async () => {
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
      redis.eval.mockRejectedValue(new Error('connection lost'));

      await expect(cache.wrap('k', 30, async () => 'fresh')).resolves.toBe(
        'fresh',
      );
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining('connection lost'),
      );
    });

    it('stores nothing when the loader returns undefined', async () => {
      redis.eval.mockResolvedValue(null);

      await expect(cache.wrap('k', 30, async () => undefined)).resolves.toBe(
        undefined,
      );
      expect(redis.eval).toHaveBeenCalledTimes(1);
    });

    it('passes a loader failure to every waiting caller and tries again later', async () => {
      redis.eval.mockResolvedValue(null);
      const loader = jest
        .fn<Promise<string>, []>()
        .mockRejectedValueOnce(new Error('db down'))
        .mockResolvedValue('ok');

      const failed = await Promise.allSettled([
        cache.wrap('k', 30, loader),
        cache.wrap('k', 30, loader),
      ]);

      expect(failed.map((result) => result.status)).toEqual([
        'rejected',
        'rejected',
      ]);
      await expect(cache.wrap('k', 30, loader)).resolves.toBe('ok');
      expect(loader).toHaveBeenCalledTimes(2);
    });
  });

  describe('evictions from other instances', () => {
    let onInvalidation: MessageHandler<CacheInvalidation>;

    beforeEach(async () => {
      pubsub.subscribe.mockResolvedValue(async () => undefined);
      await cache.onModuleInit();
      onInvalidation = pubsub.subscribe.mock.calls[0][1];
      redis.eval.mockResolvedValue(1);
      await cache.set('k', 'v');
      redis.eval.mockResolvedValue(['"from redis"', 5_000]);
    });

    it('listens on the invalidation channel', () => {
      expect(pubsub.subscribe).toHaveBeenCalledWith(
        CACHE_INVALIDATION,
        expect.any(Function),
      );
    });

    it('drops the L1 entry when another instance changes the key', async () => {
      await onInvalidation({ origin: 'other-instance', keys: ['k'] });

      await expect(cache.get('k')).resolves.toBe('from redis');
    });

    it('does not refill L1 from a read that an eviction overtook', async () => {
      let answer: (reply: unknown) => void = () => undefined;
      redis.eval.mockReturnValueOnce(
        new Promise((resolve) => {
          answer = resolve;
        }),
      );
      const reading = cache.get('x');

      await onInvalidation({ origin: 'other-instance', keys: ['x'] });
      answer(['"old"', 5_000]);

      await expect(reading).resolves.toBe('old');
      redis.eval.mockResolvedValue(['"new"', 5_000]);
      await expect(cache.get('x')).resolves.toBe('new');
    });

    it('ignores its own announcements', async () => {
      const [, announced] = pubsub.publish.mock.calls[0];

      await onInvalidation(announced as CacheInvalidation);

      await expect(cache.get('k')).resolves.toBe('v');
    });
  });
});
