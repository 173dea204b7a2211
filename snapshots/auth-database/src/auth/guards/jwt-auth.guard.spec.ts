import { ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Mocked, TestBed } from '@suites/unit';
import type { AuthenticatedUser } from '../auth.types';
import { SessionStore } from '../sessions/session-store';
import { AccessTokensService } from '../tokens/access-tokens.service';
import { bearerToken, JwtAuthGuard } from './jwt-auth.guard';

function contextWith(authorization?: string) {
  const request: { headers: object; user?: AuthenticatedUser } = {
    headers: authorization ? { authorization } : {},
  };
  const context = {
    getType: () => 'http',
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

describe('JwtAuthGuard (Suites solitary)', () => {
  let guard: JwtAuthGuard;
  let reflector: Mocked<Reflector>;
  let accessTokens: Mocked<AccessTokensService>;
  let sessions: Mocked<SessionStore>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(JwtAuthGuard).compile();
    guard = unit;
    reflector = unitRef.get(Reflector);
    accessTokens = unitRef.get(AccessTokensService);
    // Abstract classes are DI tokens but not constructors: name the type.
    sessions = unitRef.get<SessionStore>(SessionStore as never);
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
    sessions.isActive.mockResolvedValue(false);

    await expect(
      guard.canActivate(contextWith('Bearer abc').context),
    ).rejects.toBeInstanceOf(UnauthorizedException);
    expect(sessions.isActive).toHaveBeenCalledWith('s1');
  });

  it('puts the caller on the request', async () => {
    accessTokens.verify.mockResolvedValue({
      sub: 'u1',
      role: 'admin',
      sid: 's1',
    });
    sessions.isActive.mockResolvedValue(true);
    const { context, request } = contextWith('Bearer abc');

    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.user).toEqual({ id: 'u1', role: 'admin', sessionId: 's1' });
  });

  it('reads only well-formed bearer headers', () => {
    expect(bearerToken('Bearer a.b.c')).toBe('a.b.c');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
