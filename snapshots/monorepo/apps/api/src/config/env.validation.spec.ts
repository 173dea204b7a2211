import { validateEnv } from './env.validation';

// The variables without a default, at their .env.example values.
const REQUIRED: Record<string, string> = {};

describe('validateEnv', () => {
  it('fills defaults and converts types', () => {
    const env = validateEnv({ ...REQUIRED, PORT: '8080', TRUST_PROXY: 'true' });

    expect(env.PORT).toBe(8080);
    expect(env.TRUST_PROXY).toBe(true);
    expect(env.THROTTLE_LIMIT).toBeGreaterThan(0);
  });

  it('reads false booleans as false', () => {
    const off = (value: string) =>
      validateEnv({ ...REQUIRED, TRUST_PROXY: value }).TRUST_PROXY;

    expect(off('false')).toBe(false);
    expect(off('0')).toBe(false);
    expect(validateEnv(REQUIRED).TRUST_PROXY).toBe(false);
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
