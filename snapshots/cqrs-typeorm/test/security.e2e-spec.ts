import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { validateEnv } from '../src/config/env.validation';
import { createTestApp } from './support/app';

const SQL_INJECTION = "ann'; DROP TABLE users; --";
const SCRIPT = '<script>alert(document.cookie)</script>';

describe('Security (e2e)', () => {
  let app: NestFastifyApplication;
  const env = validateEnv(process.env);

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses a body larger than BODY_LIMIT with 413 problem+json', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/e2e-probe',
      payload: { email: 'ann@example.com', name: 'x'.repeat(env.BODY_LIMIT) },
    });

    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses properties the DTO does not declare', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/e2e-probe',
      payload: { email: 'ann@example.com', name: 'Ann', role: 'admin' },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: string[] }>().errors).toContain(
      'property role should not exist',
    );
  });

  it('refuses prototype pollution in JSON bodies', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/e2e-probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":"a@b.co","name":"A","__proto__":{"isAdmin":true}}',
    });

    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('rejects an injection string where the field has a format', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/e2e-probe',
      payload: { email: SQL_INJECTION, name: 'Ann' },
    });

    expect(res.statusCode).toBe(400);
  });

  it('treats injection and script strings in free text as plain data', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/e2e-probe',
      payload: { email: 'ann@example.com', name: `${SQL_INJECTION} ${SCRIPT}` },
    });

    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.json()).toEqual({
      email: 'ann@example.com',
      name: `${SQL_INJECTION} ${SCRIPT}`,
    });
  });

  it('never leaks internals when a handler fails', async () => {
    const res = await app.inject({ method: 'GET', url: '/e2e-probe/crash' });

    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).not.toContain('s3cret');
    expect(res.body).not.toMatch(/at .+\.(js|ts):\d+/);
  });

  it('does not let a spoofed X-Forwarded-For escape the rate limit', async () => {
    let last = 0;
    for (let i = 0; i <= env.THROTTLE_LIMIT; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/e2e-probe',
        remoteAddress: '203.0.113.9',
        headers: { 'x-forwarded-for': `10.0.0.${i % 250}` },
        payload: { email: 'ann@example.com', name: 'Ann' },
      });
      last = res.statusCode;
    }

    expect(env.TRUST_PROXY).toEqual([]);
    expect(last).toBe(429);
  });
});
