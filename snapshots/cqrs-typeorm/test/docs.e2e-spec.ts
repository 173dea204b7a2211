import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestApp } from './support/app';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { operationId?: string }>>;
}

/** `/orders/:id` as OpenAPI writes it: `/orders/{id}`. */
function openApiPath(...parts: string[]): string {
  const path = parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(/^:(.+)$/, '{$1}'))
    .join('/');
  return `/${path}`;
}

/** Every `METHOD /path` the app's controllers declare, read from Nest's own metadata. */
function declaredRoutes(app: NestFastifyApplication): string[] {
  const routes: string[] = [];
  for (const moduleRef of app.get(ModulesContainer).values()) {
    for (const { metatype } of moduleRef.controllers.values()) {
      if (!metatype) {
        continue;
      }
      const prefix = Reflect.getMetadata(PATH_METADATA, metatype) as string;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[key];
        if (key === 'constructor' || typeof handler !== 'function') {
          continue;
        }
        const path = Reflect.getMetadata(PATH_METADATA, handler) as
          string | undefined;
        if (path === undefined) {
          continue;
        }
        const method = Reflect.getMetadata(
          METHOD_METADATA,
          handler,
        ) as RequestMethod;
        routes.push(`${RequestMethod[method]} ${openApiPath(prefix, path)}`);
      }
    }
  }
  return routes.sort();
}

describe('OpenAPI documentation (e2e)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('GET /docs-json is an OpenAPI 3 document listing every route', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs-json' });

    expect(res.statusCode).toBe(200);
    const document = res.json<OpenApiDocument>();
    expect(document.openapi).toMatch(/^3\./);
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map(
          (method) => `${method.toUpperCase()} ${path}`,
        ),
      )
      .sort();
    expect(documented).toEqual(declaredRoutes(app));
  });

  it('names every operation <resource>_<action>, once', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs-json' });

    const ids = Object.values(res.json<OpenApiDocument>().paths).flatMap(
      (operations) => Object.values(operations).map((op) => op.operationId),
    );
    for (const id of ids) {
      expect(id).toMatch(/^[a-z][A-Za-z0-9]*_[a-z][A-Za-z0-9]*$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('GET /docs serves the Swagger UI', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs' });

    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('swagger-ui');
  });
});
