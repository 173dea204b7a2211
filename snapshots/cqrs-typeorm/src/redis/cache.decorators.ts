import { CustomDecorator, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

export const CACHE_KEY_METADATA = 'redis:cache-key';
export const CACHE_TTL_METADATA = 'redis:cache-ttl';
export const CACHE_TAGS_METADATA = 'redis:cache-tags';

export type CacheKeyFactory = (request: FastifyRequest) => string;

/**
 * The key a route's response is cached under: fixed, or computed from the
 * request (`(req) => \`product:${req.params.id}\``). Default: the URL.
 */
export const CacheKey = (
  key: string | CacheKeyFactory,
): CustomDecorator<string> => SetMetadata(CACHE_KEY_METADATA, key);

/** How long the response stays cached, in seconds (default CACHE_TTL_SECONDS). */
export const CacheTTL = (seconds: number): CustomDecorator<string> =>
  SetMetadata(CACHE_TTL_METADATA, seconds);

/** Tags to invalidate the cached response with: `cache.invalidateTags(...)`. */
export const CacheTags = (...tags: string[]): CustomDecorator<string> =>
  SetMetadata(CACHE_TAGS_METADATA, tags);
