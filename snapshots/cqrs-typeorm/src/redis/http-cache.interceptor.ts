import {
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { lastValueFrom, Observable, of } from 'rxjs';
import {
  CACHE_KEY_METADATA,
  CACHE_TAGS_METADATA,
  CACHE_TTL_METADATA,
  CacheKeyFactory,
} from './cache.decorators';
import { CacheService } from './cache.service';
import { REDIS_MODULE_OPTIONS } from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

/**
 * Caches the body of GET routes in CacheService (both tiers), under the route's
 * `@CacheKey` for `@CacheTTL` seconds with its `@CacheTags`; concurrent misses
 * run the handler once. Answers carry `x-cache: HIT` or `MISS`. The key holds
 * the caller (a digest of the Authorization header), so that an answer for one
 * caller is never served to another.
 *
 *   @UseInterceptors(HttpCacheInterceptor)
 *   @CacheKey((req) => `product:${(req.params as { id: string }).id}`)
 *   @CacheTTL(60)
 */
@Injectable()
export class HttpCacheInterceptor implements NestInterceptor {
  constructor(
    private readonly cache: CacheService,
    private readonly reflector: Reflector,
    @Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions,
  ) {}

  async intercept(
    context: ExecutionContext,
    next: CallHandler,
  ): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    if (context.getType() !== 'http' || request.method !== 'GET') {
      return next.handle();
    }
    const targets = [context.getHandler(), context.getClass()];
    const key = this.reflector.getAllAndOverride<
      string | CacheKeyFactory | undefined
    >(CACHE_KEY_METADATA, targets);
    const ttl =
      this.reflector.getAllAndOverride<number | undefined>(
        CACHE_TTL_METADATA,
        targets,
      ) ?? this.options.defaultTtlSeconds;
    const tags =
      this.reflector.getAllAndOverride<string[] | undefined>(
        CACHE_TAGS_METADATA,
        targets,
      ) ?? [];
    const route =
      typeof key === 'function' ? key(request) : (key ?? request.url);
    const cacheKey = `http:${callerOf(request)}:${route}`;

    let missed = false;
    const body = await this.cache.wrap<unknown>(
      cacheKey,
      ttl,
      () => {
        missed = true;
        return lastValueFrom(next.handle(), { defaultValue: undefined });
      },
      tags,
    );
    http.getResponse<FastifyReply>().header('x-cache', missed ? 'MISS' : 'HIT');
    return of(body);
  }
}

/** Who asks: a digest of the credentials they sent, or `anonymous`. */
function callerOf(request: FastifyRequest): string {
  const credentials = request.headers.authorization;
  return credentials
    ? createHash('sha256').update(credentials).digest('base64url').slice(0, 22)
    : 'anonymous';
}
