import { JwtService } from '@nestjs/jwt';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { TokensDto } from '../src/auth/dto/auth-responses.dto';
import { tokenIn } from '../src/auth/mail/auth-mailer';
import { validateEnv } from '../src/config/env.validation';
import { MailMessage, MailTransport } from '../src/mail/mail-transport';
import { MemoryMailTransport } from '../src/mail/memory-mail.transport';
import { authenticateAs } from './support/auth';
import { createTestApp } from './support/app';
import { captureLogs } from './support/logs';

const PASSWORD = 'correct horse battery staple';

describe('Auth (e2e)', () => {
  let app: NestFastifyApplication;
  let outbox: MemoryMailTransport;
  const env = validateEnv(process.env);

  beforeAll(async () => {
    app = await createTestApp({ signedIn: false });
    outbox = app.get<MemoryMailTransport>(MailTransport);
  });

  afterAll(async () => {
    await app?.close();
  });

  // Each test speaks from its own address, so route rate limits stay apart.
  function client(
    remoteAddress = `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
  ) {
    const send = (
      method: 'GET' | 'POST',
      url: string,
      payload?: object,
      token?: string,
    ) =>
      app.inject({
        method,
        url,
        payload,
        remoteAddress,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    return {
      post: (url: string, payload: object, token?: string) =>
        send('POST', url, payload, token),
      get: (url: string, token?: string) => send('GET', url, undefined, token),
    };
  }

  async function mailTo(
    address: string,
    subject: string,
  ): Promise<MailMessage> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const message = outbox.outbox.find(
        (m) => m.to === address && m.subject.includes(subject),
      );
      if (message) {
        return message;
      }
      if (Date.now() > deadline) {
        throw new Error(`no "${subject}" email reached ${address}`);
      }
      await sleep(25);
    }
  }

  async function verifiedAccount(): Promise<string> {
    const email = `user-${randomUUID()}@example.test`;
    const http = client();
    expect(
      (await http.post('/auth/signup', { email, password: PASSWORD }))
        .statusCode,
    ).toBe(201);
    const token = tokenIn(await mailTo(email, 'Confirm'));
    expect((await http.post('/auth/verify-email', { token })).statusCode).toBe(
      204,
    );
    return email;
  }

  async function login(email: string, password = PASSWORD): Promise<TokensDto> {
    const res = await client().post('/auth/login', { email, password });
    expect(res.statusCode).toBe(200);
    return res.json<TokensDto>();
  }

  it('signs up, verifies by email, logs in, refreshes and logs out', async () => {
    const http = client();
    const email = `Ann-${randomUUID()}@Example.test`;

    const signedUp = await http.post('/auth/signup', {
      email,
      password: PASSWORD,
    });
    expect(signedUp.statusCode).toBe(201);
    expect(signedUp.json()).toMatchObject({
      email: email.toLowerCase(),
      role: 'member',
      emailVerified: false,
    });
    expect(Object.keys(signedUp.json<object>()).sort()).toEqual([
      'email',
      'emailVerified',
      'id',
      'role',
    ]);
    expect(signedUp.body).not.toContain(PASSWORD);
    expect(signedUp.body).not.toMatch(/password/i);

    const early = await http.post('/auth/login', { email, password: PASSWORD });
    expect(early.statusCode).toBe(403);

    const verification = await mailTo(email.toLowerCase(), 'Confirm');
    const verified = await http.post('/auth/verify-email', {
      token: tokenIn(verification),
    });
    expect(verified.statusCode).toBe(204);

    const first = await login(email);
    const me = await http.get('/auth/me', first.accessToken);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ emailVerified: true, role: 'member' });

    const refreshed = await http.post('/auth/refresh', {
      refreshToken: first.refreshToken,
    });
    expect(refreshed.statusCode).toBe(200);
    const second = refreshed.json<TokensDto>();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const replayed = await http.post('/auth/refresh', {
      refreshToken: first.refreshToken,
    });
    expect(replayed.statusCode).toBe(401);

    const session = await login(email);
    const out = await http.post('/auth/logout', {}, session.accessToken);
    expect(out.statusCode).toBe(204);
    expect((await http.get('/auth/me', session.accessToken)).statusCode).toBe(
      401,
    );
    const afterLogout = await http.post('/auth/refresh', {
      refreshToken: session.refreshToken,
    });
    expect(afterLogout.statusCode).toBe(401);
  });

  it('refuses a second sign-up with the same address', async () => {
    const email = await verifiedAccount();

    const again = await client().post('/auth/signup', {
      email: email.toUpperCase(),
      password: PASSWORD,
    });

    expect(again.statusCode).toBe(409);
  });

  it('rejects missing, forged and foreign tokens', async () => {
    const http = client();
    const email = await verifiedAccount();
    const { accessToken } = await login(email);
    const [, payload] = accessToken.split('.');
    const foreign = new JwtService({ secret: 'another-secret-'.repeat(4) });
    const claims = JSON.parse(
      Buffer.from(payload, 'base64url').toString(),
    ) as object;

    expect((await http.get('/auth/me')).statusCode).toBe(401);
    expect((await http.get('/auth/me', `${accessToken}x`)).statusCode).toBe(
      401,
    );
    expect((await http.get('/auth/me', foreign.sign(claims))).statusCode).toBe(
      401,
    );
    expect((await http.get('/auth/me', accessToken)).statusCode).toBe(200);
  });

  it('lets an admin through a role-guarded route and stops a member', async () => {
    const admin = await authenticateAs(app, 'admin');
    const member = await authenticateAs(app, 'member');
    const users = (authorization: string) =>
      app.inject({ method: 'GET', url: '/users', headers: { authorization } });

    expect((await users(member)).statusCode).toBe(403);
    expect((await users(admin)).statusCode).toBe(200);
  });

  it(`locks an account after ${env.LOGIN_MAX_ATTEMPTS} wrong passwords`, async () => {
    const email = await verifiedAccount();
    const http = client();

    for (let i = 0; i < env.LOGIN_MAX_ATTEMPTS; i++) {
      const wrong = await http.post('/auth/login', {
        email,
        password: `wrong-${i}-password`,
      });
      expect(wrong.statusCode).toBe(401);
    }
    const locked = await client().post('/auth/login', {
      email,
      password: PASSWORD,
    });

    expect(locked.statusCode).toBe(429);
    expect(locked.json<{ detail: string }>().detail).toMatch(
      /try again in \d+ seconds/,
    );
  });

  it('resets a password with a one-time emailed token', async () => {
    const http = client();
    const email = await verifiedAccount();
    const before = await login(email);

    expect(
      (await http.post('/auth/password-reset', { email })).statusCode,
    ).toBe(202);
    const token = tokenIn(await mailTo(email, 'Reset'));
    const newPassword = 'a brand new passphrase';
    const reset = await http.post('/auth/password-reset/confirm', {
      token,
      password: newPassword,
    });

    expect(reset.statusCode).toBe(204);
    expect(
      (
        await http.post('/auth/password-reset/confirm', {
          token,
          password: 'yet another passphrase',
        })
      ).statusCode,
    ).toBe(400);
    expect((await http.get('/auth/me', before.accessToken)).statusCode).toBe(
      401,
    );
    expect(
      (await client().post('/auth/login', { email, password: PASSWORD }))
        .statusCode,
    ).toBe(401);
    await login(email, newPassword);
  });

  it('answers a reset request for an unknown address the same way', async () => {
    const res = await client().post('/auth/password-reset', {
      email: `nobody-${randomUUID()}@example.test`,
    });

    expect(res.statusCode).toBe(202);
  });

  it('ends every session with logout-all', async () => {
    const email = await verifiedAccount();
    const phone = await login(email);
    const laptop = await login(email);

    const out = await client().post('/auth/logout-all', {}, phone.accessToken);

    expect(out.statusCode).toBe(204);
    expect(
      (await client().get('/auth/me', laptop.accessToken)).statusCode,
    ).toBe(401);
  });

  it('never writes a password to the logs', async () => {
    const logs = captureLogs();
    const verbose = await createTestApp({ signedIn: false });
    try {
      const secret = `never-log-me-${randomUUID()}`;
      const email = `log-${randomUUID()}@example.test`;
      await verbose.inject({
        method: 'POST',
        url: '/auth/signup',
        payload: { email, password: secret },
      });
      await verbose.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email, password: secret },
      });

      expect(logs.lines.join('\n')).not.toContain(secret);
      expect(logs.lines.length).toBeGreaterThan(0);
    } finally {
      logs.stop();
      await verbose.close();
    }
  });
});
