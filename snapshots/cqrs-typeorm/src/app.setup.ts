import { ConfigService } from '@nestjs/config';
import {
  FastifyAdapter,
  NestFastifyApplication,
} from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { Logger } from 'nestjs-pino';
import helmet from 'helmet';
import { DestinationStream } from 'pino';
import { EnvironmentVariables } from './config/env.validation';
import { fastifyTrustProxy } from './config/trust-proxy';
import { logOptions } from './logging/log-options';
import { REQUEST_ID_HEADER, requestIdOf } from './logging/request-id';
import { setupOpenApi } from './openapi/openapi';

/**
 * Fastify with the app's request ids; its own logs (start, client errors) in
 * the app's JSON format, on stdout or on `destination`.
 */
export function createFastifyAdapter(
  env: EnvironmentVariables,
  destination?: DestinationStream,
): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: env.BODY_LIMIT,
    trustProxy: fastifyTrustProxy(env.TRUST_PROXY),
    genReqId: requestIdOf,
    // nestjs-pino writes the line per request (src/logging/http-logger.ts).
    logController: new LogController({ disableRequestLogging: true }),
    logger: { ...logOptions(env.LOG_LEVEL), stream: destination },
  });
}

/** HTTP concerns shared by main.ts and the e2e tests. */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  app.useLogger(app.get(Logger));
  const config: ConfigService<EnvironmentVariables, true> =
    app.get(ConfigService);
  const origins = config.get('CORS_ORIGINS', { infer: true });
  app.enableCors({
    origin: origins.length > 0 ? origins : false,
    credentials: true,
  });
  // Helmet's headers from one middleware built here: @fastify/helmet builds
  // a new one (and parses its CSP) for every request. Helmet 8 throws rather
  // than passing an error on.
  const securityHeaders = helmet();
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      void reply.header(REQUEST_ID_HEADER, request.id);
      securityHeaders(request.raw, reply.raw, () => done());
    });
  if (config.get('DOCS_ENABLED', { infer: true })) {
    setupOpenApi(app);
  }
  app.enableShutdownHooks();
}
