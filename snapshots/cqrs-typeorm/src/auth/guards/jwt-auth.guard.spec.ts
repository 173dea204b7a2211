import { ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { getRepositoryToken } from '@nestjs/typeorm';
import { Mocked, TestBed } from '@suites/unit';
import { Repository } from 'typeorm';
import { User } from '../../users/entities/user.entity';
import type { AuthenticatedUser } from '../auth.types';
import { SessionRecord, SessionStore } from '../sessions/session-store';
import { AccessTokensService } from '../tokens/access-tokens.service';
import { bearerToken, JwtAuthGuard } from './jwt-auth.guard';

function session(userId: string): SessionRecord {
  return {
    id: 's1',
    userId,
    device: 'phone',
    secretHash: 'h',
    previousSecretHash: null,
    rotatedAt: Date.now(),
    expiresAt: Date.now() + 60_000,
  };
}

function contextWith(authorization?: string, type = 'http') {
  const request: { headers: object; user?: AuthenticatedUser } = {
    headers: authorization ? { authorization } : {},
  };
  const context = {
    getType: () => type,
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({ getRequest: () => request }),
    // A broker message's context: no metadata to carry a token.
    switchToRpc: () => ({ getContext: () => ({}) }),
  } as unknown as ExecutionContext;
  return { context, request };
}

describe('JwtAuthGuard (Suites solitary)', () => {
  let guard: JwtAuthGuard;
  let reflector: Mocked<Reflector>;
  let accessTokens: Mocked<AccessTokensService>;
  let sessions: Mocked<SessionStore>;
  let users: Mocked<Repository<User>>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(JwtAuthGuard).compile();
    guard = unit;
    reflector = unitRef.get(Reflector);
    accessTokens = unitRef.get(AccessTokensService);
    // Abstract classes are DI tokens but not constructors: name the type.
    sessions = unitRef.get<SessionStore>(SessionStore as never);
    users = unitRef.get(getRepositoryToken(User) as string);
    reflector.getAllAndOverride.mockReturnValue(undefined);
  });

  it('opens @Public() routes without a token', async () => {
    reflector.getAllAndOverride.mockReturnValue(true);

    await expect(guard.canActivate(contextWith().context)).resolves.toBe(true);
    expect(accessTokens.verify).not.toHaveBeenCalled();
  });

  it('wants a bearer token everywhere else', async () => {
    await expect(
      guard.canActivate(contextWith().context),
    ).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('refuses the token of a session that has ended', async () => {
    accessTokens.verify.mockResolvedValue({
      sub: 'u1',
      role: 'member',
      sid: 's1',
    });
    sessions.find.mockResolvedValue(null);

    await expect(
      guard.canActivate(contextWith('Bearer abc').context),
    ).rejects.toBeInstanceOf(UnauthorizedException);
    expect(sessions.find).toHaveBeenCalledWith('s1');
  });

  it('refuses a token whose subject does not own the session', async () => {
    accessTokens.verify.mockResolvedValue({
      sub: 'victim',
      role: 'admin',
      sid: 's1',
    });
    sessions.find.mockResolvedValue(session('attacker'));

    await expect(
      guard.canActivate(contextWith('Bearer abc').context),
    ).rejects.toBeInstanceOf(UnauthorizedException);
    expect(users.findOne).not.toHaveBeenCalled();
  });

  it('puts the caller on the request with the role stored now', async () => {
    accessTokens.verify.mockResolvedValue({
      sub: 'u1',
      role: 'admin',
      sid: 's1',
    });
    sessions.find.mockResolvedValue(session('u1'));
    users.findOne.mockResolvedValue(
      Object.assign(new User(), { id: 'u1', role: 'member' }),
    );
    const { context, request } = contextWith('Bearer abc');

    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.user).toEqual({ id: 'u1', role: 'member', sessionId: 's1' });
  });
  it('refuses anything but HTTP unless the handler is public', async () => {
    await expect(
      guard.canActivate(contextWith('Bearer abc', 'rpc').context),
    ).resolves.toBe(false);
  });

  it('reads only well-formed bearer headers', () => {
    expect(bearerToken('Bearer a.b.c')).toBe('a.b.c');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
