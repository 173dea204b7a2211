import { JwtService } from '@nestjs/jwt';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getRepositoryToken } from '@nestjs/typeorm';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ILike, Repository } from 'typeorm';
import { REFRESH_REUSE_GRACE_MS } from '../src/auth/auth.constants';
import { TokensDto } from '../src/auth/dto/auth-responses.dto';
import { tokenIn } from '../src/auth/mail/auth-mailer';
import { validateEnv } from '../src/config/env.validation';
import { MailMessage, MailTransport } from '../src/mail/mail-transport';
import { MemoryMailTransport } from '../src/mail/memory-mail.transport';
import { User } from '../src/users/entities/user.entity';
import { authenticateAs, signIn, TestCaller } from './support/auth';
import { createTestApp } from './support/app';

const PASSWORD = 'correct horse battery staple';

describe('Auth (e2e)', () => {
  let app: NestFastifyApplication;
  let outbox: MemoryMailTransport;
  const env = validateEnv(process.env);

  beforeAll(async () => {
    app = await createTestApp({ as: 'anonymous' });
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
      method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
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
      patch: (url: string, payload: object, token?: string) =>
        send('PATCH', url, payload, token),
      delete: (url: string, token?: string) =>
        send('DELETE', url, undefined, token),
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
    ).toBe(202);
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
    expect(signedUp.statusCode).toBe(202);
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
    expect(me.json()).toMatchObject({
      email: email.toLowerCase(),
      emailVerified: true,
      role: 'member',
    });

    const refreshed = await http.post('/auth/refresh', {
      refreshToken: first.refreshToken,
    });
    expect(refreshed.statusCode).toBe(200);
    const second = refreshed.json<TokensDto>();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    // At once, the old token is a second tab: told to use the new one.
    const concurrent = await http.post('/auth/refresh', {
      refreshToken: first.refreshToken,
    });
    expect(concurrent.statusCode).toBe(409);

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

  it('answers a sign-up with a registered address like any other', async () => {
    const email = await verifiedAccount();

    const again = await client().post('/auth/signup', {
      email: email.toUpperCase(),
      password: PASSWORD,
    });

    expect(again.statusCode).toBe(202);
    const notice = await mailTo(email, 'already have an account');
    expect(tokenIn(notice)).toBeNull();
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

  it(`gives ${env.LOGIN_MAX_ATTEMPTS} verdicts to 20 parallel guesses, then 429 with Retry-After`, async () => {
    const email = await verifiedAccount();

    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        client().post('/auth/login', { email, password: `guess-${i}-wrong` }),
      ),
    );

    const verdicts = answers.filter((res) => res.statusCode === 401);
    const locked = answers.filter((res) => res.statusCode === 429);
    expect(verdicts.length).toBeLessThanOrEqual(env.LOGIN_MAX_ATTEMPTS);
    expect(verdicts.length + locked.length).toBe(20);
    expect(Number(locked[0].headers['retry-after'])).toBeGreaterThan(0);
    const right = await client().post('/auth/login', {
      email,
      password: PASSWORD,
    });
    expect(right.statusCode).toBe(429);
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
    const email = `nobody-${randomUUID()}@example.test`;

    const res = await client().post('/auth/password-reset', { email });

    expect(res.statusCode).toBe(202);
    expect(tokenIn(await mailTo(email, 'No account'))).toBeNull();
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

  it('refuses a token that swaps its subject or role, signed with the real secret', async () => {
    const attacker = await signIn(app, 'member');
    const victim = await signIn(app, 'admin');
    const [, payload] = attacker.authorization.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      sid: string;
    };
    // Whoever learns JWT_ACCESS_SECRET can sign anything: the session decides.
    const forger = new JwtService({ secret: env.JWT_ACCESS_SECRET });
    const asVictim = forger.sign({
      sub: victim.id,
      role: 'admin',
      sid: claims.sid,
    });
    const asAdmin = forger.sign({
      sub: attacker.id,
      role: 'admin',
      sid: claims.sid,
    });

    expect((await client().get('/auth/me', asVictim)).statusCode).toBe(401);
    const me = await app.inject({
      method: 'GET',
      url: '/users',
      headers: { authorization: `Bearer ${asAdmin}` },
    });
    expect(me.statusCode).toBe(403);
  });

  it('ends sessions at once when an admin changes a role or deletes an account', async () => {
    const admin = await signIn(app, 'admin');
    const demoted = await signIn(app, 'admin');
    const deleted = await signIn(app, 'member');
    const as = (caller: TestCaller) => caller.authorization.slice(7);

    const demotion = await client().patch(
      `/users/${demoted.id}`,
      { role: 'member' },
      as(admin),
    );
    const deletion = await client().delete(`/users/${deleted.id}`, as(admin));

    expect([demotion.statusCode, deletion.statusCode]).toEqual([200, 204]);
    expect((await client().get('/users', as(demoted))).statusCode).toBe(401);
    expect((await client().get('/auth/me', as(deleted))).statusCode).toBe(401);
    expect((await client().get('/users', as(admin))).statusCode).toBe(200);
  });

  it('revokes every session, refreshed ones too, on a password reset', async () => {
    const email = await verifiedAccount();
    let tokens = await login(email);
    for (let i = 0; i < 3; i++) {
      const res = await client().post('/auth/refresh', {
        refreshToken: tokens.refreshToken,
      });
      expect(res.statusCode).toBe(200);
      tokens = res.json<TokensDto>();
    }

    await client().post('/auth/password-reset', { email });
    const token = tokenIn(await mailTo(email, 'Reset'));
    const reset = await client().post('/auth/password-reset/confirm', {
      token,
      password: 'an entirely new passphrase',
    });

    expect(reset.statusCode).toBe(204);
    expect(
      (await client().get('/auth/me', tokens.accessToken)).statusCode,
    ).toBe(401);
    const refresh = await client().post('/auth/refresh', {
      refreshToken: tokens.refreshToken,
    });
    expect(refresh.statusCode).toBe(401);
  });

  it('ends the session when an old refresh token comes back later', async () => {
    const email = await verifiedAccount();
    const stolen = await login(email);
    const rotated = await client().post('/auth/refresh', {
      refreshToken: stolen.refreshToken,
    });
    const current = rotated.json<TokensDto>();

    await sleep(REFRESH_REUSE_GRACE_MS + 500);
    const replayed = await client().post('/auth/refresh', {
      refreshToken: stolen.refreshToken,
    });

    expect(replayed.statusCode).toBe(401);
    expect(
      (await client().get('/auth/me', current.accessToken)).statusCode,
    ).toBe(401);
  }, 30_000);

  it('keeps the session on a wrong refresh secret or a concurrent refresh', async () => {
    const email = await verifiedAccount();
    const first = await login(email);
    const [sessionId] = first.refreshToken.split('.');

    const wrong = await client().post('/auth/refresh', {
      refreshToken: `${sessionId}.not-the-secret`,
    });
    const [one, two] = await Promise.all([
      client().post('/auth/refresh', { refreshToken: first.refreshToken }),
      client().post('/auth/refresh', { refreshToken: first.refreshToken }),
    ]);

    expect(wrong.statusCode).toBe(401);
    expect([one.statusCode, two.statusCode].sort()).toEqual([200, 409]);
    const winner = (one.statusCode === 200 ? one : two).json<TokensDto>();
    expect(
      (await client().get('/auth/me', winner.accessToken)).statusCode,
    ).toBe(200);
  });

  it('changes a password and ends every other session', async () => {
    const email = await verifiedAccount();
    const here = await login(email);
    const elsewhere = await login(email);

    const wrong = await client().post(
      '/auth/password',
      { currentPassword: 'not my password', newPassword: 'another passphrase' },
      here.accessToken,
    );
    const changed = await client().post(
      '/auth/password',
      { currentPassword: PASSWORD, newPassword: 'another passphrase' },
      here.accessToken,
    );

    expect([wrong.statusCode, changed.statusCode]).toEqual([403, 204]);
    expect((await client().get('/auth/me', here.accessToken)).statusCode).toBe(
      200,
    );
    expect(
      (await client().get('/auth/me', elsewhere.accessToken)).statusCode,
    ).toBe(401);
    await login(email, 'another passphrase');
  });

  it('resends a verification link, answering 202 for any address', async () => {
    const email = `late-${randomUUID()}@example.test`;
    await client().post('/auth/signup', { email, password: PASSWORD });
    await mailTo(email, 'Confirm');
    outbox.outbox.length = 0;

    const known = await client().post('/auth/verify-email/resend', { email });
    const unknown = await client().post('/auth/verify-email/resend', {
      email: `nobody-${randomUUID()}@example.test`,
    });

    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    const token = tokenIn(await mailTo(email, 'Confirm'));
    expect(
      (await client().post('/auth/verify-email', { token })).statusCode,
    ).toBe(204);
  });

  it('answers the health routes to anyone: nobody, a member, an admin', async () => {
    const callers = [
      undefined,
      await authenticateAs(app, 'member'),
      await authenticateAs(app, 'admin'),
    ];

    for (const url of ['/health', '/health/live', '/health/ready']) {
      const statuses = await Promise.all(
        callers.map(async (authorization) => {
          const headers = authorization ? { authorization } : {};
          return (await app.inject({ method: 'GET', url, headers })).statusCode;
        }),
      );
      expect([url, ...statuses]).toEqual([url, 200, 200, 200]);
    }
  });

  it('keeps one account per address, whatever its case, at every entry point', async () => {
    const admin = (await signIn(app, 'admin')).authorization.slice(7);
    const users = app.get<Repository<User>>(getRepositoryToken(User));
    const email = `case-${randomUUID()}@example.test`;
    const shouted = email.toUpperCase();

    const created = await client().post('/users', { email }, admin);
    const again = await client().post('/users', { email: shouted }, admin);
    const other = await client().post(
      '/users',
      { email: `other-${randomUUID()}@example.test` },
      admin,
    );
    const renamed = await client().patch(
      `/users/${other.json<{ id: string }>().id}`,
      { email: shouted },
      admin,
    );
    const signup = await client().post('/auth/signup', {
      email: shouted,
      password: PASSWORD,
    });

    expect(
      [created, again, other, renamed, signup].map((r) => r.statusCode),
    ).toEqual([201, 409, 201, 409, 202]);
    // The database itself refuses an address that is not lower-cased.
    await expect(users.insert({ email: shouted })).rejects.toThrow(
      /check constraint/,
    );
    expect(await users.countBy({ email: ILike(email) })).toBe(1);
  });

  it('makes an admin with the admin:create command, or promotes a user', async () => {
    const users = app.get<Repository<User>>(getRepositoryToken(User));
    const email = `first-admin-${randomUUID()}@example.test`;
    const member = await signIn(app, 'member');
    const { email: memberEmail } = await users.findOneByOrFail({
      id: member.id,
    });

    const created = await runBuilt('auth/create-admin.js', [
      email.toUpperCase(),
    ]);
    const promoted = await runBuilt('auth/create-admin.js', [memberEmail]);
    const refused = await runBuilt('auth/create-admin.js', ['not-an-email']);

    expect([created.code, promoted.code, refused.code]).toEqual([0, 0, 2]);
    expect(await users.findOneByOrFail({ email })).toMatchObject({
      role: 'admin',
      passwordHash: null,
      emailVerifiedAt: expect.any(Date) as Date,
    });
    expect(await users.findOneByOrFail({ id: member.id })).toMatchObject({
      role: 'admin',
    });
    // Promotion ends the user's sessions: it signs in again as an admin.
    expect(
      (await client().get('/auth/me', member.authorization.slice(7)))
        .statusCode,
    ).toBe(401);
    const token = await setPasswordToken(email, created.output);
    expect(
      (
        await client().post('/auth/password-reset/confirm', {
          token,
          password: PASSWORD,
        })
      ).statusCode,
    ).toBe(204);
    const { accessToken } = await login(email);
    expect((await client().get('/users', accessToken)).statusCode).toBe(200);
  }, 90_000);

  /**
   * The set-password link the command sent: in its own log (console
   * transport), or through this app's outbox when a queue delivered it here.
   */
  async function setPasswordToken(
    email: string,
    commandOutput: string,
  ): Promise<string | null> {
    if (commandOutput.includes(`to ${email} — Reset your password`)) {
      return tokenIn({ to: email, subject: '', text: commandOutput });
    }
    return tokenIn(await mailTo(email, 'Reset your password'));
  }

  it('refuses to start the built app in production with unsafe settings', async () => {
    const started = await runBuilt('main.js', [], {
      NODE_ENV: 'production',
      JWT_ACCESS_SECRET: 'change-me-to-a-long-random-access-token-secret',
      EMAIL_TOKEN_SECRET: 'change-me-to-a-long-random-access-token-secret',
      MAIL_TRANSPORT: 'console',
    });

    expect(started.code).toBe(1);
    expect(started.output).toContain('Refusing to start in production');
    for (const name of [
      'JWT_ACCESS_SECRET',
      'EMAIL_TOKEN_SECRET',
      'MAIL_TRANSPORT',
    ]) {
      expect(started.output).toContain(name);
    }
  }, 90_000);

  it('refuses to start the built app trusting every X-Forwarded-For', async () => {
    for (const [nodeEnv, trustProxy] of [
      ['development', 'true'],
      ['production', '0.0.0.0/0'],
    ]) {
      const started = await runBuilt('main.js', [], {
        NODE_ENV: nodeEnv,
        TRUST_PROXY: trustProxy,
      });

      expect(started.code).toBe(1);
      expect(started.output).toContain(`TRUST_PROXY=${trustProxy} `);
    }
  }, 90_000);
});

/** Runs a built script of the app (under dist/) to its end. */
async function runBuilt(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const path = join(__dirname, '..', 'dist', script);
  if (!existsSync(path)) {
    throw new Error('Build the app first (npm run build): the test runs it');
  }
  const settings = {
    ...process.env,
    LOG_LEVEL: 'error',
    PORT: String(40_000 + Math.floor(Math.random() * 20_000)),
    // The command's emails land in its log; no colour codes around links.
    MAIL_TRANSPORT: 'console',
    NO_COLOR: '1',
    ...env,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path, ...args],
      { env: settings, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (error.code as number | null) : 0,
          output: stdout + stderr,
        }),
    );
  });
}
