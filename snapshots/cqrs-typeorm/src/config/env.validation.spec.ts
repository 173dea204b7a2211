import { validateEnv } from './env.validation';

// The variables without a default, at their .env.example values.
const REQUIRED: Record<string, string> = {
  JWT_ACCESS_SECRET: 'change-me-to-a-long-random-access-token-secret',
  EMAIL_TOKEN_SECRET: 'change-me-to-another-long-random-email-token-secret',
};

describe('validateEnv', () => {
  it('fills defaults and converts types', () => {
    const env = validateEnv({ ...REQUIRED, PORT: '8080' });

    expect(env.PORT).toBe(8080);
    expect(env.THROTTLE_LIMIT).toBeGreaterThan(0);
  });

  it('reads booleans', () => {
    const read = (value: string) =>
      validateEnv({ ...REQUIRED, DOCS_ENABLED: value }).DOCS_ENABLED;

    expect([read('true'), read('1'), read('false'), read('0')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('trusts no proxy unless TRUST_PROXY says so', () => {
    expect(validateEnv(REQUIRED).TRUST_PROXY).toEqual([]);
    expect(validateEnv({ ...REQUIRED, TRUST_PROXY: '' }).TRUST_PROXY).toEqual(
      [],
    );
  });

  it('reads TRUST_PROXY as a hop count or a list of addresses and CIDRs', () => {
    const read = (value: string) =>
      validateEnv({ ...REQUIRED, TRUST_PROXY: value }).TRUST_PROXY;

    expect(read('2')).toBe(2);
    expect(read('10.0.0.1, 10.1.0.0/16,fd00::/8, loopback')).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
      'fd00::/8',
      'loopback',
    ]);
  });

  it.each([
    'true',
    '*',
    'yes',
    '10.0.0.300',
    '10.0.0.0/33',
    'proxy.local',
    '-1',
  ])('refuses TRUST_PROXY=%s in every environment, naming it', (value) => {
    for (const NODE_ENV of ['development', 'production']) {
      expect(() =>
        validateEnv({ ...REQUIRED, NODE_ENV, TRUST_PROXY: value }),
      ).toThrow(/TRUST_PROXY/);
    }
  });

  it('refuses a TRUST_PROXY that trusts every address in production only', () => {
    const withTrust = (NODE_ENV: string) => () =>
      validateEnv({
        ...REQUIRED,
        NODE_ENV,
        TRUST_PROXY: '10.0.0.1, 0.0.0.0/0',
      });

    expect(withTrust('development')).not.toThrow();
    expect(withTrust('production')).toThrow(
      /TRUST_PROXY=0\.0\.0\.0\/0 trusts every address/,
    );
  });

  it('splits comma-separated lists', () => {
    const env = validateEnv({
      ...REQUIRED,
      CORS_ORIGINS: 'https://a.example, https://b.example,',
    });

    expect(env.CORS_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('fails fast and names every invalid variable', () => {
    expect(() =>
      validateEnv({ ...REQUIRED, PORT: '70000', LOG_LEVEL: 'loud' }),
    ).toThrow(/Invalid environment configuration: .*PORT.*LOG_LEVEL/);
  });
});
