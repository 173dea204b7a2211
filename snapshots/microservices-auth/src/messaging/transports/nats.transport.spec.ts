import { ConfigService } from '@nestjs/config';
import { EnvironmentVariables } from '../../config/env.validation';
import { natsOptions, refuseAnonymousNatsInProduction } from './nats.transport';

function configOf(
  values: Partial<EnvironmentVariables>,
): ConfigService<EnvironmentVariables, true> {
  return {
    get: (key: keyof EnvironmentVariables) => values[key],
  } as unknown as ConfigService<EnvironmentVariables, true>;
}

describe('NATS transport', () => {
  const anonymous = { NATS_USER: '', NATS_PASSWORD: '', NATS_TOKEN: '' };

  it('connects as NATS_USER, or with NATS_TOKEN, when set', () => {
    const options = natsOptions(
      configOf({
        NATS_URL: 'nats://a:4222,nats://b:4222',
        NATS_QUEUE: 'orders',
        ...anonymous,
        NATS_USER: 'orders',
        NATS_PASSWORD: 'secret',
      }),
    ).options;

    expect(options).toMatchObject({
      servers: ['nats://a:4222', 'nats://b:4222'],
      queue: 'orders',
      user: 'orders',
      pass: 'secret',
      token: undefined,
    });
  });

  it('refuses a NATS without credentials in production', () => {
    for (const credentials of [
      anonymous,
      { ...anonymous, NATS_USER: 'orders' },
      { ...anonymous, NATS_PASSWORD: 'secret' },
    ]) {
      expect(() =>
        refuseAnonymousNatsInProduction(credentials, 'production'),
      ).toThrow('NATS_URL: set NATS_USER and NATS_PASSWORD (or NATS_TOKEN)');
    }
  });

  it('accepts no credentials outside production, a user or a token in it', () => {
    expect(() =>
      refuseAnonymousNatsInProduction(anonymous, 'development'),
    ).not.toThrow();
    for (const credentials of [
      { ...anonymous, NATS_USER: 'orders', NATS_PASSWORD: 'secret' },
      { ...anonymous, NATS_TOKEN: 'token' },
    ]) {
      expect(() =>
        refuseAnonymousNatsInProduction(credentials, 'production'),
      ).not.toThrow();
    }
  });
});
