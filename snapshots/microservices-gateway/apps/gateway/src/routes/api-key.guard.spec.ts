import { ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EnvironmentVariables } from '../config/env.validation';
import { ApiKeyGuard } from './api-key.guard';

function guardWith(
  keys: string[],
  nodeEnv: EnvironmentVariables['NODE_ENV'] = 'test',
): ApiKeyGuard {
  const settings = { GATEWAY_API_KEYS: keys, NODE_ENV: nodeEnv };
  const config = {
    get: (name: keyof typeof settings) => settings[name],
  } as unknown as ConfigService<EnvironmentVariables, true>;
  return new ApiKeyGuard(config);
}

function requestWith(headers: Record<string, string>): ExecutionContext {
  return {
    switchToHttp: () => ({ getRequest: () => ({ headers }) }),
  } as unknown as ExecutionContext;
}

describe('ApiKeyGuard', () => {
  it('lets a caller with one of the keys through', () => {
    const guard = guardWith(['first-key', 'second-key']);

    expect(guard.canActivate(requestWith({ 'x-api-key': 'second-key' }))).toBe(
      true,
    );
  });

  it('refuses a missing or unknown key', () => {
    const guard = guardWith(['first-key']);

    expect(() => guard.canActivate(requestWith({}))).toThrow(
      UnauthorizedException,
    );
    expect(() =>
      guard.canActivate(requestWith({ 'x-api-key': 'first-key-not' })),
    ).toThrow(UnauthorizedException);
  });

  it('leaves the routes open without keys outside production', () => {
    expect(guardWith([]).canActivate(requestWith({}))).toBe(true);
  });

  it('refuses to start in production without keys', () => {
    expect(() => guardWith([], 'production')).toThrow(/GATEWAY_API_KEYS/);
  });
});
