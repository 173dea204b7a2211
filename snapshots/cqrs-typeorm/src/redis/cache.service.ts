import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { LruCache } from './lru-cache';
import { channel, PubSubService } from './pubsub.service';
import { decode, encode } from './redis-codec';
import { REDIS_CLIENT, REDIS_MODULE_OPTIONS } from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

/** Tells the other instances which keys to drop from their in-process tier. */
export interface CacheInvalidation {
  origin: string;
  keys: string[];
}

export const CACHE_INVALIDATION =
  channel<CacheInvalidation>('cache:invalidate');

export interface TierStats {
  hits: number;
  misses: number;
}

export interface CacheStats {
  l1: TierStats;
  l2: TierStats;
}

// KEYS[1]: the entry. Returns its value and remaining lifetime (ms), or nil.
const GET_WITH_TTL = `
local value = redis.call('GET', KEYS[1])
if not value then return nil end
return { value, redis.call('PTTL', KEYS[1]) }`;

// KEYS[1]: the entry, KEYS[2..n]: its tag sets. ARGV: value, lifetime (ms),
// key. A tag set lives at least as long as its newest entry.
const SET_WITH_TAGS = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
for i = 2, #KEYS do
  redis.call('SADD', KEYS[i], ARGV[3])
  if redis.call('PTTL', KEYS[i]) < tonumber(ARGV[2]) then
    redis.call('PEXPIRE', KEYS[i], ARGV[2])
  end
end
return 1`;

// KEYS: tag sets. ARGV[1]: the entry key prefix. Removes every entry under the
// tags and the tags themselves; returns the removed keys.
const INVALIDATE_TAGS = `
local removed = {}
for i = 1, #KEYS do
  for _, key in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    redis.call('UNLINK', ARGV[1] .. key)
    table.insert(removed, key)
  end
  redis.call('UNLINK', KEYS[i])
end
return removed`;

/**
 * Two tiers: a bounded in-process LRU (L1) in front of Redis (L2), which every
 * instance shares. A write or invalidation evicts the key from the L1 of every
 * other instance through pub/sub. Values are JSON (Dates kept); each read
 * returns a fresh copy. TTLs are in seconds.
 */
@Injectable()
export class CacheService implements OnModuleInit {
  private readonly logger = new Logger(CacheService.name);
  private readonly instanceId = randomUUID();
  private readonly l1: LruCache<string>;
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly counters: CacheStats = {
    l1: { hits: 0, misses: 0 },
    l2: { hits: 0, misses: 0 },
  };
  // Redis reads in flight, by key. Dropping a key cancels its mark, so a read
  // that started before an eviction does not refill L1 with the old value.
  private readonly l2Reads = new Map<string, symbol>();

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions,
    private readonly pubsub: PubSubService,
  ) {
    this.l1 = new LruCache<string>(options.l1MaxEntries);
  }

  async onModuleInit(): Promise<void> {
    await this.pubsub.subscribe(CACHE_INVALIDATION, (message) =>
      this.evict(message),
    );
  }

  /** The cached value, or undefined on a miss in both tiers. */
  async get<T>(key: string): Promise<T | undefined> {
    const local = this.fromL1<T>(key);
    return local !== undefined ? local : this.fromL2<T>(key);
  }

  async set<T>(
    key: string,
    value: T,
    ttlSeconds: number = this.options.defaultTtlSeconds,
    tags: readonly string[] = [],
  ): Promise<void> {
    if (!(ttlSeconds > 0)) {
      throw new RangeError(`TTL must be positive, got ${ttlSeconds}`);
    }
    const raw = encode(value);
    const ttlMs = Math.round(ttlSeconds * 1000);
    this.drop(key);
    await this.redis.eval(
      SET_WITH_TAGS,
      1 + tags.length,
      this.entryKey(key),
      ...tags.map((tag) => this.tagKey(tag)),
      raw,
      ttlMs,
      key,
    );
    this.l1.set(key, raw, this.l1TtlMs(ttlMs));
    await this.announce([key]);
  }

  async del(key: string): Promise<void> {
    this.drop(key);
    await this.redis.unlink(this.entryKey(key));
    await this.announce([key]);
  }

  /** Removes every entry stored with one of the tags; resolves to how many. */
  async invalidateTags(...tags: string[]): Promise<number> {
    if (tags.length === 0) {
      return 0;
    }
    const removed = (await this.redis.eval(
      INVALIDATE_TAGS,
      tags.length,
      ...tags.map((tag) => this.tagKey(tag)),
      this.entryKey(''),
    )) as string[];
    const keys = [...new Set(removed)];
    keys.forEach((key) => this.drop(key));
    if (keys.length > 0) {
      await this.announce(keys);
    }
    return keys.length;
  }

  /**
   * Cache-aside: the cached value, else `loader()`'s result, stored for
   * `ttlSeconds`. Concurrent misses on one key share a single loader call on
   * this instance (and its result object). Redis failures fall back to the
   * loader and are logged.
   */
  async wrap<T>(
    key: string,
    ttlSeconds: number,
    loader: () => Promise<T>,
    tags: readonly string[] = [],
  ): Promise<T> {
    const local = this.fromL1<T>(key);
    if (local !== undefined) {
      return local;
    }
    const pending = this.inflight.get(key) as Promise<T> | undefined;
    if (pending) {
      return pending;
    }
    const flight = this.load(key, ttlSeconds, loader, tags).finally(() =>
      this.inflight.delete(key),
    );
    this.inflight.set(key, flight);
    return flight;
  }

  /** Hits and misses per tier since start. */
  stats(): CacheStats {
    return { l1: { ...this.counters.l1 }, l2: { ...this.counters.l2 } };
  }

  private async load<T>(
    key: string,
    ttlSeconds: number,
    loader: () => Promise<T>,
    tags: readonly string[],
  ): Promise<T> {
    const cached = await this.fromL2<T>(key).catch((error: unknown) => {
      this.logger.warn(`Reading ${key} failed: ${(error as Error).message}`);
      return undefined;
    });
    if (cached !== undefined) {
      return cached;
    }
    const value = await loader();
    if (value !== undefined) {
      await this.set(key, value, ttlSeconds, tags).catch((error: unknown) =>
        this.logger.warn(`Writing ${key} failed: ${(error as Error).message}`),
      );
    }
    return value;
  }

  private fromL1<T>(key: string): T | undefined {
    if (this.options.l1MaxEntries <= 0) {
      return undefined;
    }
    const raw = this.l1.get(key);
    if (raw === undefined) {
      this.counters.l1.misses++;
      return undefined;
    }
    this.counters.l1.hits++;
    return decode<T>(raw);
  }

  private async fromL2<T>(key: string): Promise<T | undefined> {
    const read = Symbol(key);
    this.l2Reads.set(key, read);
    const found = (await this.redis
      .eval(GET_WITH_TTL, 1, this.entryKey(key))
      .catch((error: unknown) => {
        this.endRead(key, read);
        throw error;
      })) as [string, number] | null;
    const current = this.endRead(key, read);
    if (!found) {
      this.counters.l2.misses++;
      return undefined;
    }
    this.counters.l2.hits++;
    const [raw, ttlMs] = found;
    if (current) {
      this.l1.set(key, raw, this.l1TtlMs(ttlMs));
    }
    return decode<T>(raw);
  }

  /** Ends a Redis read; true when no eviction of its key came meanwhile. */
  private endRead(key: string, read: symbol): boolean {
    const current = this.l2Reads.get(key) === read;
    if (current) {
      this.l2Reads.delete(key);
    }
    return current;
  }

  private drop(key: string): void {
    this.l1.delete(key);
    this.l2Reads.delete(key);
  }

  private evict(message: CacheInvalidation): void {
    if (message.origin !== this.instanceId) {
      message.keys.forEach((key) => this.drop(key));
    }
  }

  private async announce(keys: string[]): Promise<void> {
    await this.pubsub.publish(CACHE_INVALIDATION, {
      origin: this.instanceId,
      keys,
    });
  }

  private l1TtlMs(remainingMs: number): number {
    const capMs = this.options.l1TtlSeconds * 1000;
    return remainingMs > 0 ? Math.min(remainingMs, capMs) : capMs;
  }

  private entryKey(key: string): string {
    return `${this.options.keyPrefix}:cache:${key}`;
  }

  private tagKey(tag: string): string {
    return `${this.options.keyPrefix}:cache-tag:${tag}`;
  }
}
