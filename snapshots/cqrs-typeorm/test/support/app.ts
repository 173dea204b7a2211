import { Type } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { PARAMS_PROVIDER_TOKEN } from 'nestjs-pino';
import { AppModule } from '../../src/app.module';
import { configureApp, createFastifyAdapter } from '../../src/app.setup';
import { validateEnv } from '../../src/config/env.validation';
import { TrustProxy } from '../../src/config/trust-proxy';
import { httpLoggerParams } from '../../src/logging/http-logger';
import { authenticateAs } from './auth';
import { testLogs } from './logs';
import { ProbeController } from './probe.controller';

export interface TestAppOptions {
  /** Test-only controllers mounted beside the app's own. */
  controllers?: Type[];
  /** TRUST_PROXY for this app, instead of the environment's. */
  trustProxy?: TrustProxy;
  /**
   * Who sends requests that carry no token of their own: a fresh member
   * (the default), an admin when a test asks for one, or nobody (`anonymous`).
   */
  as?: 'member' | 'admin' | 'anonymous';
}

/** The whole app as main.ts builds it, plus the test-only probe routes. */
export async function createTestApp(
  options: TestAppOptions = {},
): Promise<NestFastifyApplication> {
  // Every level into testLogs (support/logs.ts), where a test can read it.
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule],
    controllers: [ProbeController, ...(options.controllers ?? [])],
  })
    .overrideProvider(PARAMS_PROVIDER_TOKEN)
    .useValue(httpLoggerParams('trace', testLogs))
    .compile();
  const env = validateEnv(process.env);
  const trustProxy = options.trustProxy ?? env.TRUST_PROXY;
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    createFastifyAdapter(
      { ...env, LOG_LEVEL: 'trace', TRUST_PROXY: trustProxy },
      testLogs,
    ),
    { bufferLogs: true },
  );
  await configureApp(app);
  await app.init();
  const caller = options.as ?? 'member';
  if (caller !== 'anonymous') {
    const authorization = await authenticateAs(app, caller);
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRequest', (request, _reply, done) => {
        request.headers.authorization ??= authorization;
        done();
      });
  }
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
