import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestApp } from './support/app';
import { captureLogs } from './support/logs';

interface LogLine {
  level: string;
  time: string;
  msg: string;
  reqId?: string;
  req?: { id: string; url: string; headers: Record<string, string> };
  res?: Record<string, unknown>;
}

describe('Logs (e2e)', () => {
  let app: NestFastifyApplication;
  let logs: ReturnType<typeof captureLogs>;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  // The app's real pino pipeline, read from where the test apps write it.
  beforeEach(() => {
    logs = captureLogs();
  });

  afterEach(() => {
    logs.stop();
  });

  const entries = (): LogLine[] =>
    logs.lines.map((line) => JSON.parse(line) as LogLine);

  const signIn = (headers: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/e2e-probe/sign-in',
      headers: {
        authorization: 'Bearer secret-access-token',
        cookie: 'session=secret-session-cookie',
        ...headers,
      },
      payload: { email: 'ann@example.com', password: 'secret-password' },
    });

  it('writes every line as JSON with the request id and no secrets', async () => {
    const res = await signIn({ 'x-request-id': 'trace-7f3a.01' });

    expect(res.statusCode).toBe(204);
    expect(res.headers['x-request-id']).toBe('trace-7f3a.01');
    const probe = entries().find((entry) => entry.msg === 'sign-in probe');
    const completed = entries().find(
      (entry) => entry.msg === 'request completed',
    );
    expect(probe).toMatchObject({
      level: 'info',
      reqId: 'trace-7f3a.01',
      body: { email: 'ann@example.com', password: '[redacted]' },
    });
    expect(completed?.req).toMatchObject({
      id: 'trace-7f3a.01',
      headers: { authorization: '[redacted]', cookie: '[redacted]' },
    });
    // The response's status only: its headers are the app's own.
    expect(completed?.res).toEqual({ statusCode: 204 });
    expect(logs.lines.join('\n')).not.toMatch(/secret-/);
  });

  it('replaces a request id that does not look like one', async () => {
    const res = await signIn({ 'x-request-id': 'x'.repeat(129) });

    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const probe = entries().find((entry) => entry.msg === 'sign-in probe');
    const completed = entries().find(
      (entry) => entry.msg === 'request completed',
    );
    expect(probe?.reqId).toBe(id);
    expect(completed?.req?.id).toBe(id);
  });

  it('writes no line for a health probe, one for any other request', async () => {
    await app.inject({ method: 'GET', url: '/health/live' });
    await app.inject({ method: 'GET', url: '/healthz' });

    const completed = entries().filter(
      (entry) => entry.msg === 'request completed',
    );
    expect(completed.map((entry) => entry.req?.url)).toEqual(['/healthz']);
  });
});
