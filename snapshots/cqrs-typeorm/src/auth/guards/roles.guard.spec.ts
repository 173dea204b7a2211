import { ExecutionContext, ForbiddenException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Mocked, TestBed } from '@suites/unit';
import type { Role } from '../auth.types';
import { RolesGuard } from './roles.guard';

function contextFor(role?: Role): ExecutionContext {
  const request = role ? { user: { id: 'u1', role, sessionId: 's1' } } : {};
  return {
    getType: () => 'http',
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('RolesGuard (Suites solitary)', () => {
  let guard: RolesGuard;
  let reflector: Mocked<Reflector>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(RolesGuard).compile();
    guard = unit;
    reflector = unitRef.get(Reflector);
  });

  it('lets anyone through a route without @Roles()', () => {
    reflector.getAllAndOverride.mockReturnValue(undefined);

    expect(guard.canActivate(contextFor('member'))).toBe(true);
  });

  it('stops a member on an admin route', () => {
    reflector.getAllAndOverride.mockReturnValue(['admin']);

    expect(() => guard.canActivate(contextFor('member'))).toThrow(
      ForbiddenException,
    );
  });

  it('lets an admin through an admin route', () => {
    reflector.getAllAndOverride.mockReturnValue(['admin']);

    expect(guard.canActivate(contextFor('admin'))).toBe(true);
  });
});
