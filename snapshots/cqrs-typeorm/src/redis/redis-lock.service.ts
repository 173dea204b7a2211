import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { REDIS_CLIENT, REDIS_MODULE_OPTIONS } from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

// Compare-and-delete / compare-and-expire: only the token's holder may.
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

const EXTEND = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`;

/** A held lock: only the holder knows its token. */
export interface Lock {
  readonly resource: string;
  readonly token: string;
}

export interface LockRetryOptions {
  /** Further attempts after the first one fails (default 10). */
  retries?: number;
  /** Wait before the first retry, doubled on each one (default 50 ms). */
  retryDelayMs?: number;
  /** Longest wait between two attempts (default 1000 ms). */
  maxRetryDelayMs?: number;
}

export class LockNotAcquiredError extends Error {
  constructor(readonly resource: string) {
    super(`The lock on ${resource} is held elsewhere`);
    this.name = 'LockNotAcquiredError';
  }
}

/**
 * A lock shared by every instance (one Redis): `SET NX PX` with a random
 * token; only the holder can release or extend it. The TTL frees the lock if
 * its holder dies; work longer than the TTL must `extend` it.
 */
@Injectable()
export class RedisLockService {
  private readonly logger = new Logger(RedisLockService.name);

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions,
  ) {}

  /** The lock, or null when someone else holds it. */
  async acquire(resource: string, ttlMs: number): Promise<Lock | null> {
    const token = randomBytes(16).toString('hex');
    const result = await this.redis.set(
      this.key(resource),
      token,
      'PX',
      ttlMs,
      'NX',
    );
    return result === 'OK' ? { resource, token } : null;
  }

  /** False when the lock had expired or was never ours. */
  async release(lock: Lock): Promise<boolean> {
    const result = await this.redis.eval(
      RELEASE,
      1,
      this.key(lock.resource),
      lock.token,
    );
    return result === 1;
  }

  /** Sets the remaining lifetime to `ttlMs`; false when the lock is no longer ours. */
  async extend(lock: Lock, ttlMs: number): Promise<boolean> {
    const result = await this.redis.eval(
      EXTEND,
      1,
      this.key(lock.resource),
      lock.token,
      ttlMs,
    );
    return result === 1;
  }

  /**
   * Runs `fn` while holding the lock, retrying with exponential backoff and
   * jitter; throws LockNotAcquiredError when every attempt finds it taken.
   */
  async withLock<T>(
    resource: string,
    ttlMs: number,
    fn: (lock: Lock) => Promise<T>,
    retry: LockRetryOptions = {},
  ): Promise<T> {
    const lock = await this.acquireWithRetry(resource, ttlMs, retry);
    try {
      return await fn(lock);
    } finally {
      if (!(await this.release(lock))) {
        this.logger.warn(`The lock on ${resource} expired before release`);
      }
    }
  }

  private async acquireWithRetry(
    resource: string,
    ttlMs: number,
    {
      retries = 10,
      retryDelayMs = 50,
      maxRetryDelayMs = 1000,
    }: LockRetryOptions,
  ): Promise<Lock> {
    for (let attempt = 0; ; attempt++) {
      const lock = await this.acquire(resource, ttlMs);
      if (lock) {
        return lock;
      }
      if (attempt >= retries) {
        throw new LockNotAcquiredError(resource);
      }
      const delay = Math.min(maxRetryDelayMs, retryDelayMs * 2 ** attempt);
      await sleep(delay / 2 + Math.random() * (delay / 2));
    }
  }

  private key(resource: string): string {
    return `${this.options.keyPrefix}:lock:${resource}`;
  }
}
