const base = require('../jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: '..',
  roots: ['<rootDir>/test'],
  testRegex: '.*\\.e2e-spec\\.ts$',
  transform: {
    ...base.transform,
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  // The environment must be in place before AppModule is imported: ConfigModule
  // validates it at import time.
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  testTimeout: 30_000,
};
