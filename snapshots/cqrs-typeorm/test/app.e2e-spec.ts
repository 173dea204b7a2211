import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { validateEnv } from '../src/config/env.validation';
import { createTestApp } from './support/app';

describe('App (e2e)', () => {
  let app: NestFastifyApplication;
  const env = validateEnv(process.env);

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('GET /health/live answers 200 without asking any backing service', async () => {
    const res = await app.inject({ method: 'GET', url: '/health/live' });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      info: {},
      error: {},
      details: {},
    });
  });

  it('GET /health/ready answers 200 once every backing service is up', async () => {
    const res = await app.inject({ method: 'GET', url: '/health/ready' });

    expect(res.statusCode).toBe(200);
    const body = res.json<{ status: string; info: object }>();
    expect(body.status).toBe('ok');
    const checked = Object.keys(body.info).sort();
    expect(checked).toEqual(['database', 'queues', 'redis']);
  });

  it('GET /health is the readiness check', async () => {
    const [health, ready] = await Promise.all([
      app.inject({ method: 'GET', url: '/health' }),
      app.inject({ method: 'GET', url: '/health/ready' }),
    ]);

    expect(health.statusCode).toBe(200);
    expect(Object.keys(health.json<{ info: object }>().info)).toEqual(
      Object.keys(ready.json<{ info: object }>().info),
    );
  });

  it('sends helmet security headers and a request id', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'req-42' },
    });

    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['x-request-id']).toBe('req-42');
  });

  it('rejects an invalid body with 400 problem+json listing the errors', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/e2e-probe',
      payload: { email: 'not-an-email', name: 'Ann' },
    });

    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      instance: '/e2e-probe',
      errors: ['email must be an email'],
    });
  });

  it('rejects properties the DTO does not declare', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/e2e-probe',
      payload: { email: 'ann@example.com', name: 'Ann', isAdmin: true },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: string[] }>().errors).toContain(
      'property isAdmin should not exist',
    );
  });

  it('rejects a route that reads a body when none is sent', async () => {
    const res = await app.inject({ method: 'POST', url: '/e2e-probe' });

    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      status: 400,
      detail: 'The request body must be a JSON object',
    });
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const res = await app.inject({ method: 'GET', url: '/no-such-route' });

    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('answers 429 problem+json once a client spends its rate limit', async () => {
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/e2e-probe',
        remoteAddress: '198.51.100.7',
        payload: { email: 'ann@example.com', name: 'Ann' },
      });
    for (let i = 0; i < env.THROTTLE_LIMIT; i++) {
      expect((await send()).statusCode).toBe(201);
    }

    const limited = await send();

    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain(
      'application/problem+json',
    );
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('never leaks a stack trace in an error body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/e2e-probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });

    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at .+\.(js|ts):\d+/);
    expect(res.json()).toMatchObject({ status: 400 });
  });
});
