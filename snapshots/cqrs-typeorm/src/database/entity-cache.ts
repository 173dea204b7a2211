import { Injectable } from '@nestjs/common';

/** Injection token of the EntityCache the services read through. */
export const ENTITY_CACHE = 'ENTITY_CACHE';

/**
 * A cache of read models, by key, grouped by tags. Services read by id through
 * getOrLoad and invalidate their entity's tag on every write. Values must survive
 * JSON (the responses do: dates are ISO strings).
 */
export interface EntityCache {
  /** The value cached under key, or what load returns, cached under key and tags. */
  getOrLoad<T>(
    key: string,
    tags: readonly string[],
    load: () => Promise<T>,
  ): Promise<T>;

  /** Drops every value cached under any of these tags. */
  invalidate(tags: readonly string[]): Promise<void>;
}

/** The default: no caching, every read loads. A cache expert binds its own. */
@Injectable()
export class NoopEntityCache implements EntityCache {
  getOrLoad<T>(
    _key: string,
    _tags: readonly string[],
    load: () => Promise<T>,
  ): Promise<T> {
    return load();
  }

  invalidate(): Promise<void> {
    return Promise.resolve();
  }
}
