import helmet from '@fastify/helmet';
import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  FastifyAdapter,
  NestFastifyApplication,
} from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { EnvironmentVariables } from './config/env.validation';

export const REQUEST_ID_HEADER = 'x-request-id';

const NEST_LOG_LEVELS: Record<EnvironmentVariables['LOG_LEVEL'], LogLevel[]> = {
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
  silent: [],
};

/** Fastify with JSON request logs that carry a request id (kept from `x-request-id`). */
export function createFastifyAdapter(
  env: EnvironmentVariables,
): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: env.BODY_LIMIT,
    trustProxy: env.TRUST_PROXY,
    requestIdHeader: REQUEST_ID_HEADER,
    genReqId: () => randomUUID(),
    logger: env.LOG_LEVEL === 'silent' ? false : { level: env.LOG_LEVEL },
  });
}

/** Nest's own logs as JSON lines, at the level LOG_LEVEL asks for. */
export function createLogger(env: EnvironmentVariables): ConsoleLogger {
  return new ConsoleLogger({
    json: true,
    logLevels: NEST_LOG_LEVELS[env.LOG_LEVEL],
  });
}

/** HTTP concerns shared by main.ts and the e2e tests. */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const config: ConfigService<EnvironmentVariables, true> =
    app.get(ConfigService);
  await app.register(helmet);
  const origins = config.get('CORS_ORIGINS', { infer: true });
  app.enableCors({
    origin: origins.length > 0 ? origins : false,
    credentials: true,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      void reply.header(REQUEST_ID_HEADER, request.id);
      done();
    });
  app.enableShutdownHooks();
}
