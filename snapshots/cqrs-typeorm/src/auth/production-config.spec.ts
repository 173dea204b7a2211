import {
  ProductionSettings,
  unsafeProductionSettings,
} from './production-config';

// Random-looking, distinct and long enough: what `openssl rand -hex 32` gives.
const SAFE: ProductionSettings = {
  NODE_ENV: 'production',
  JWT_ACCESS_SECRET: '9f2c41d7e08ab5c63f1d2e4a7b9c0d8e5f6a1b3c',
  EMAIL_TOKEN_SECRET: '3b8e1f0a9c7d6e5f4a2b1c0d9e8f7a6b5c4d3e2f',
  MAIL_TRANSPORT: 'smtp',
};

describe('unsafeProductionSettings', () => {
  it('accepts random, distinct secrets and smtp', () => {
    expect(unsafeProductionSettings(SAFE)).toEqual([]);
  });

  it('checks nothing outside production', () => {
    expect(
      unsafeProductionSettings({
        NODE_ENV: 'development',
        JWT_ACCESS_SECRET: 'short',
        EMAIL_TOKEN_SECRET: 'short',
        MAIL_TRANSPORT: 'console',
      }),
    ).toEqual([]);
  });

  it.each([
    ['short', 'a1b2c3d4e5f6', /at least 32 characters/],
    [
      'a placeholder',
      'change-me-to-a-long-random-access-token-secret',
      /looks like a placeholder/,
    ],
    ['repetitive', 'ab'.repeat(20), /too repetitive/],
  ])('refuses a %s secret, naming it', (_kind, secret, reason) => {
    const problems = unsafeProductionSettings({
      ...SAFE,
      JWT_ACCESS_SECRET: secret,
    });

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^JWT_ACCESS_SECRET /);
    expect(problems[0]).toMatch(reason);
  });

  it('refuses one secret for both kinds of token', () => {
    const problems = unsafeProductionSettings({
      ...SAFE,
      EMAIL_TOKEN_SECRET: SAFE.JWT_ACCESS_SECRET,
    });

    expect(problems).toEqual([
      expect.stringMatching(
        /JWT_ACCESS_SECRET and EMAIL_TOKEN_SECRET must differ/,
      ),
    ]);
  });

  it.each(['console', 'memory'] as const)(
    'refuses the %s mail transport, naming MAIL_TRANSPORT',
    (transport) => {
      expect(
        unsafeProductionSettings({ ...SAFE, MAIL_TRANSPORT: transport }),
      ).toEqual([expect.stringMatching(/^MAIL_TRANSPORT=/)]);
    },
  );

  it('lists every problem at once', () => {
    const problems = unsafeProductionSettings({
      ...SAFE,
      EMAIL_TOKEN_SECRET: 'short',
      MAIL_TRANSPORT: 'console',
    });

    expect(problems).toHaveLength(2);
  });
});
