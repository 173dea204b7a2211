import {
  ConflictException,
  ForbiddenException,
  UnauthorizedException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { getRepositoryToken } from '@nestjs/typeorm';
import { Mocked, TestBed } from '@suites/unit';
import { QueryFailedError, Repository } from 'typeorm';
import { User } from '../users/entities/user.entity';
import { AuthService } from './auth.service';
import {
  LoginAttempts,
  TooManyLoginAttemptsException,
} from './login-attempts/login-attempts';
import { AuthMailer } from './mail/auth-mailer';
import { PasswordHasher } from './passwords/password-hasher';
import { SessionRecord, SessionStore } from './sessions/session-store';
import { AccessTokensService } from './tokens/access-tokens.service';
import { EmailTokensService } from './tokens/email-tokens.service';

const SESSION_ID = '3f1c2b1e-8a4e-4f7d-9a51-0c2d5e6f7a8b';

const CONFIG: Record<string, number> = {
  JWT_ACCESS_TTL_SECONDS: 900,
  REFRESH_TOKEN_TTL_SECONDS: 3600,
};

function session(): SessionRecord {
  return {
    id: SESSION_ID,
    userId: 'u1',
    device: 'phone',
    secretHash: 'current',
    previousSecretHash: 'previous',
    rotatedAt: Date.now(),
    expiresAt: Date.now() + 60_000,
  };
}

function user(overrides: Partial<User> = {}): User {
  return Object.assign(new User(), {
    id: 'u1',
    email: 'ann@example.test',
    passwordHash: 'hash',
    role: 'member',
    emailVerifiedAt: new Date(),
    ...overrides,
  });
}

describe('AuthService (Suites solitary)', () => {
  let service: AuthService;
  let users: Mocked<Repository<User>>;
  let passwords: Mocked<PasswordHasher>;
  let sessions: Mocked<SessionStore>;
  let attempts: Mocked<LoginAttempts>;
  let mailer: Mocked<AuthMailer>;
  let accessTokens: Mocked<AccessTokensService>;
  let emailTokens: Mocked<EmailTokensService>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(AuthService)
      .mock(ConfigService)
      .final({ get: (key: string) => CONFIG[key] })
      .compile();
    service = unit;
    users = unitRef.get(getRepositoryToken(User) as string);
    passwords = unitRef.get(PasswordHasher);
    // Abstract classes are DI tokens but not constructors: name the type.
    sessions = unitRef.get<SessionStore>(SessionStore as never);
    attempts = unitRef.get<LoginAttempts>(LoginAttempts as never);
    mailer = unitRef.get<AuthMailer>(AuthMailer as never);
    accessTokens = unitRef.get(AccessTokensService);
    emailTokens = unitRef.get(EmailTokensService);
    emailTokens.sign.mockResolvedValue('email-token');
    accessTokens.sign.mockResolvedValue('access-token');
  });

  it('signs up with a hashed password and mails a verification link', async () => {
    passwords.hash.mockResolvedValue('argon2-hash');
    users.create.mockImplementation((data) => user(data as Partial<User>));
    users.save.mockImplementation(async (entity) => entity as User);

    await service.signUp({
      email: ' Ann@Example.TEST ',
      password: 'a long enough password',
    });

    expect(users.create).toHaveBeenCalledWith({
      email: 'ann@example.test',
      passwordHash: 'argon2-hash',
    });
    expect(mailer.deliver).toHaveBeenCalledWith({
      kind: 'verify-email',
      to: 'ann@example.test',
      token: 'email-token',
    });
  });

  it('mails the owner of a registered address instead of answering 409', async () => {
    users.create.mockImplementation((data) => user(data as Partial<User>));
    users.save.mockRejectedValue(
      new QueryFailedError('INSERT', [], { code: '23505' } as never),
    );

    await service.signUp({
      email: 'ann@example.test',
      password: 'whatever long',
    });

    expect(mailer.deliver).toHaveBeenCalledWith({
      kind: 'account-exists',
      to: 'ann@example.test',
    });
  });

  it('counts the attempt before the password is checked', async () => {
    attempts.consume.mockRejectedValue(new TooManyLoginAttemptsException(60));

    await expect(
      service.login({ email: 'ann@example.test', password: 'x' }, '10.0.0.1'),
    ).rejects.toBeInstanceOf(TooManyLoginAttemptsException);
    expect(attempts.consume).toHaveBeenCalledWith([
      'account:ann@example.test',
      'ip:10.0.0.1',
    ]);
    expect(passwords.verify).not.toHaveBeenCalled();
  });

  it('answers a wrong password with 401 and no session', async () => {
    users.findOneBy.mockResolvedValue(user());
    passwords.verify.mockResolvedValue(false);

    await expect(
      service.login(
        { email: 'ann@example.test', password: 'nope' },
        '10.0.0.1',
      ),
    ).rejects.toBeInstanceOf(UnauthorizedException);
    expect(attempts.recordSuccess).not.toHaveBeenCalled();
    expect(sessions.create).not.toHaveBeenCalled();
  });

  it('keeps unverified accounts out', async () => {
    users.findOneBy.mockResolvedValue(user({ emailVerifiedAt: null }));
    passwords.verify.mockResolvedValue(true);

    await expect(
      service.login(
        { email: 'ann@example.test', password: 'right' },
        '10.0.0.1',
      ),
    ).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('opens a session and signs its id into the access token', async () => {
    users.findOneBy.mockResolvedValue(user());
    passwords.verify.mockResolvedValue(true);

    const tokens = await service.login(
      { email: 'ann@example.test', password: 'right' },
      '10.0.0.1',
    );

    const [session] = sessions.create.mock.calls[0];
    expect(session.userId).toBe('u1');
    expect(tokens.refreshToken.startsWith(`${session.id}.`)).toBe(true);
    expect(accessTokens.sign).toHaveBeenCalledWith({
      sub: 'u1',
      role: 'member',
      sid: session.id,
    });
  });

  it('ends the session when an old refresh token is replayed', async () => {
    sessions.find.mockResolvedValue(session());
    sessions.rotate.mockResolvedValue('reused');

    await expect(
      service.refresh(`${SESSION_ID}.old-secret`),
    ).rejects.toBeInstanceOf(UnauthorizedException);
    expect(sessions.revoke).toHaveBeenCalledWith(SESSION_ID);
  });

  it('keeps the session on a wrong secret or a concurrent refresh', async () => {
    sessions.find.mockResolvedValue(session());
    sessions.rotate.mockResolvedValueOnce('invalid');
    sessions.rotate.mockResolvedValueOnce('concurrent');

    await expect(
      service.refresh(`${SESSION_ID}.guessed`),
    ).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(
      service.refresh(`${SESSION_ID}.previous`),
    ).rejects.toBeInstanceOf(ConflictException);
    expect(sessions.revoke).not.toHaveBeenCalled();
  });

  it('changes the password and ends every other session', async () => {
    users.findOneBy.mockResolvedValue(user());
    passwords.verify.mockResolvedValue(true);
    passwords.hash.mockResolvedValue('new-hash');

    await service.changePassword(
      { id: 'u1', role: 'member', sessionId: SESSION_ID },
      { currentPassword: 'old one', newPassword: 'a new passphrase' },
    );

    expect(users.update).toHaveBeenCalledWith(
      { id: 'u1' },
      { passwordHash: 'new-hash' },
    );
    expect(sessions.revokeAll).toHaveBeenCalledWith('u1', SESSION_ID);
  });

  it('ends every session after a password reset', async () => {
    emailTokens.verify.mockResolvedValue('u1');
    passwords.hash.mockResolvedValue('new-hash');

    await service.resetPassword({ token: 't', password: 'new password!' });

    expect(emailTokens.verify).toHaveBeenCalledWith(
      't',
      'reset-password',
      expect.any(Function),
    );
    expect(users.update).toHaveBeenCalledWith(
      { id: 'u1' },
      { passwordHash: 'new-hash' },
    );
    expect(sessions.revokeAll).toHaveBeenCalledWith('u1');
  });
});
