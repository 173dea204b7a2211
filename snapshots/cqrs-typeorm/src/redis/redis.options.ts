import { ConfigService } from '@nestjs/config';
import { EnvironmentVariables } from '../config/env.validation';

/** What the Redis module reads from the environment (see .env.example). */
export interface RedisModuleOptions {
  /** `redis://[user:password@]host:port/db`: the db index is in the path. */
  url: string;
  /** Every key and channel starts with `${keyPrefix}:`. */
  keyPrefix: string;
  /** Lifetime of a cache entry when none is given, in seconds. */
  defaultTtlSeconds: number;
  /** Entries kept in the in-process tier; 0 turns it off. */
  l1MaxEntries: number;
  /**
   * Longest an entry stays in the in-process tier, in seconds. Evictions reach
   * the other instances through pub/sub; this bounds staleness should one be missed.
   */
  l1TtlSeconds: number;
  /** Idle lifetime of a session, in seconds. */
  sessionTtlSeconds: number;
}

export function redisModuleOptions(
  config: ConfigService<EnvironmentVariables, true>,
): RedisModuleOptions {
  return {
    url: config.get('REDIS_URL', { infer: true }),
    keyPrefix: config.get('REDIS_KEY_PREFIX', { infer: true }),
    defaultTtlSeconds: config.get('CACHE_TTL_SECONDS', { infer: true }),
    l1MaxEntries: config.get('CACHE_L1_MAX_ENTRIES', { infer: true }),
    l1TtlSeconds: config.get('CACHE_L1_TTL_SECONDS', { infer: true }),
    sessionTtlSeconds: config.get('SESSION_TTL_SECONDS', { infer: true }),
  };
}
