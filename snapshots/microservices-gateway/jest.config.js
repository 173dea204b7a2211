// NestJS 12 packages are ESM-only and Jest on Node < 24.9 cannot require() ESM,
// so those packages are transformed to CommonJS with SWC.
const esmPackages = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  'cookie',
  // ESM-only dependency of @fastify/static, which serves the Swagger UI.
  'content-disposition',
];

const shared = {
  rootDir: '.',
  moduleFileExtensions: ['js', 'json', 'ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    '^.+\\.m?js$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'ecmascript' }, target: 'es2023' },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'gateway',
      roots: ['<rootDir>/apps/gateway/src'],
      testRegex: '.*\\.spec\\.ts$',
    },
    {
      ...shared,
      displayName: 'gateway-e2e',
      roots: ['<rootDir>/apps/gateway/test'],
      testRegex: '.*\\.e2e-spec\\.ts$',
      // Prepares the services (and the environment) before AppModule is
      // imported: ConfigModule validates the environment at import time.
      globalSetup: '<rootDir>/apps/gateway/test/global-setup.ts',
      globalTeardown: '<rootDir>/apps/gateway/test/global-teardown.ts',
    },
    {
      ...shared,
      displayName: 'service',
      roots: ['<rootDir>/apps/service/src'],
      testRegex: '.*\\.spec\\.ts$',
    },
    {
      ...shared,
      displayName: 'service-e2e',
      roots: ['<rootDir>/apps/service/test'],
      testRegex: '.*\\.e2e-spec\\.ts$',
      // Prepares the services (and the environment) before AppModule is
      // imported: ConfigModule validates the environment at import time.
      globalSetup: '<rootDir>/apps/service/test/global-setup.ts',
      globalTeardown: '<rootDir>/apps/service/test/global-teardown.ts',
    },
    {
      ...shared,
      displayName: 'worker',
      roots: ['<rootDir>/apps/worker/src'],
      testRegex: '.*\\.spec\\.ts$',
    },
    {
      ...shared,
      displayName: 'worker-e2e',
      roots: ['<rootDir>/apps/worker/test'],
      testRegex: '.*\\.e2e-spec\\.ts$',
      // Prepares the services (and the environment) before AppModule is
      // imported: ConfigModule validates the environment at import time.
      globalSetup: '<rootDir>/apps/worker/test/global-setup.ts',
      globalTeardown: '<rootDir>/apps/worker/test/global-teardown.ts',
    },
  ],
  // Jest reads this one globally, not per project: e2e tests wait on real services.
  testTimeout: 30_000,
  collectCoverageFrom: [
    'apps/*/src/**/*.ts',
    '!apps/*/src/**/*.spec.ts',
    '!apps/*/src/main.ts',
  ],
  coverageDirectory: 'coverage',
};
