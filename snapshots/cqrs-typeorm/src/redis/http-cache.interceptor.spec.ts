import { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Mocked, TestBed } from '@suites/unit';
import type { FastifyRequest } from 'fastify';
import { lastValueFrom, of } from 'rxjs';
import {
  CACHE_KEY_METADATA,
  CACHE_TAGS_METADATA,
  CACHE_TTL_METADATA,
} from './cache.decorators';
import { CacheService } from './cache.service';
import { HttpCacheInterceptor } from './http-cache.interceptor';
import { REDIS_MODULE_OPTIONS } from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

function httpContext(
  request: Partial<FastifyRequest>,
  reply: { header: jest.Mock },
): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => httpContext,
    getClass: () => HttpCacheInterceptor,
    switchToHttp: () => ({
      getRequest: () => ({ headers: {}, ...request }),
      getResponse: () => reply,
    }),
  } as unknown as ExecutionContext;
}

describe('HttpCacheInterceptor (Suites solitary)', () => {
  let interceptor: HttpCacheInterceptor;
  let cache: Mocked<CacheService>;
  let reflector: Mocked<Reflector>;
  let reply: { header: jest.Mock };
  let next: CallHandler & { handle: jest.Mock };

  const metadata = (values: Record<string, unknown>) =>
    reflector.getAllAndOverride.mockImplementation(
      (key: unknown) => values[key as string],
    );

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(HttpCacheInterceptor)
      .mock<RedisModuleOptions>(REDIS_MODULE_OPTIONS)
      .final({ defaultTtlSeconds: 60 })
      .compile();
    interceptor = unit;
    cache = unitRef.get(CacheService);
    reflector = unitRef.get(Reflector);
    reply = { header: jest.fn() };
    next = { handle: jest.fn(() => of({ id: 1 })) };
    cache.wrap.mockImplementation((_key, _ttl, loader) => loader());
  });

  it('caches a GET under its key, TTL and tags, and says MISS', async () => {
    metadata({
      [CACHE_KEY_METADATA]: 'products',
      [CACHE_TTL_METADATA]: 30,
      [CACHE_TAGS_METADATA]: ['catalog'],
    });
    const context = httpContext({ method: 'GET', url: '/products' }, reply);

    const body = await lastValueFrom(
      await interceptor.intercept(context, next),
    );

    expect(body).toEqual({ id: 1 });
    expect(cache.wrap).toHaveBeenCalledWith(
      'http:anonymous:products',
      30,
      expect.any(Function),
      ['catalog'],
    );
    expect(reply.header).toHaveBeenCalledWith('x-cache', 'MISS');
  });

  it('answers from the cache without running the handler, and says HIT', async () => {
    metadata({});
    cache.wrap.mockResolvedValue({ id: 'cached' });
    const context = httpContext(
      { method: 'GET', url: '/products?page=2' },
      reply,
    );

    const body = await lastValueFrom(
      await interceptor.intercept(context, next),
    );

    expect(body).toEqual({ id: 'cached' });
    expect(next.handle).not.toHaveBeenCalled();
    expect(cache.wrap).toHaveBeenCalledWith(
      'http:anonymous:/products?page=2',
      60,
      expect.any(Function),
      [],
    );
    expect(reply.header).toHaveBeenCalledWith('x-cache', 'HIT');
  });

  it('computes the key from the request when given a function', async () => {
    metadata({
      [CACHE_KEY_METADATA]: (request: FastifyRequest) =>
        `product:${(request.params as { id: string }).id}`,
    });
    const context = httpContext(
      { method: 'GET', url: '/products/7', params: { id: '7' } },
      reply,
    );

    await lastValueFrom(await interceptor.intercept(context, next));

    expect(cache.wrap.mock.calls[0][0]).toBe('http:anonymous:product:7');
  });

  it('keys each caller apart, so no one is served another’s answer', async () => {
    metadata({ [CACHE_KEY_METADATA]: 'me' });
    const as = (authorization: string) =>
      httpContext(
        { method: 'GET', url: '/me', headers: { authorization } },
        reply,
      );

    await lastValueFrom(await interceptor.intercept(as('Bearer ann'), next));
    await lastValueFrom(await interceptor.intercept(as('Bearer bob'), next));

    const [ann, bob] = cache.wrap.mock.calls.map(([key]) => key);
    expect(ann).toMatch(/^http:[\w-]{22}:me$/);
    expect(bob).not.toBe(ann);
  });

  it('leaves other methods alone', async () => {
    const context = httpContext({ method: 'POST', url: '/products' }, reply);

    const body = await lastValueFrom(
      await interceptor.intercept(context, next),
    );

    expect(body).toEqual({ id: 1 });
    expect(cache.wrap).not.toHaveBeenCalled();
    expect(reply.header).not.toHaveBeenCalled();
  });
});
