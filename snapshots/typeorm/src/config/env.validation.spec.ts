import { validateEnv } from './env.validation';

describe('validateEnv', () => {
  it('fills defaults and converts types', () => {
    const env = validateEnv({ PORT: '8080', TRUST_PROXY: 'true' });

    expect(env.PORT).toBe(8080);
    expect(env.TRUST_PROXY).toBe(true);
    expect(env.THROTTLE_LIMIT).toBeGreaterThan(0);
  });

  it('reads false booleans as false', () => {
    expect(validateEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(validateEnv({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false);
    expect(validateEnv({}).TRUST_PROXY).toBe(false);
  });

  it('splits comma-separated lists', () => {
    const env = validateEnv({
      CORS_ORIGINS: 'https://a.example, https://b.example,',
    });

    expect(env.CORS_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('fails fast and names every invalid variable', () => {
    expect(() => validateEnv({ PORT: '70000', LOG_LEVEL: 'loud' })).toThrow(
      /Invalid environment configuration: .*PORT.*LOG_LEVEL/,
    );
  });
});
