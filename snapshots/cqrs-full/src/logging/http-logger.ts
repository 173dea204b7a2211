import { RequestMethod } from '@nestjs/common';
import { IncomingMessage } from 'node:http';
import { Params } from 'nestjs-pino';
import { DestinationStream } from 'pino';
import { EnvironmentVariables } from '../config/env.validation';
import { logOptions } from './log-options';
import { requestIdOf } from './request-id';

// Probes poll every few seconds; a line per poll would drown the real traffic.
// Nest's Fastify middleware finds the whole path in `originalUrl`.
function isHealthProbe(
  request: IncomingMessage & { originalUrl?: string },
): boolean {
  return /^\/health([/?]|$)/.test(request.originalUrl ?? request.url ?? '');
}

/**
 * nestjs-pino for the HTTP app: Nest's logs and one line per request, each
 * with the request id (`reqId`), as JSON on stdout (or on `destination`).
 */
export function httpLoggerParams(
  level: EnvironmentVariables['LOG_LEVEL'],
  destination?: DestinationStream,
): Params {
  const options = {
    ...logOptions(level),
    genReqId: requestIdOf,
    // Nest's lines in a request carry its id only; the request's own line has the rest.
    quietReqLogger: true,
    autoLogging: { ignore: isHealthProbe },
  };
  return {
    pinoHttp: destination ? [options, destination] : options,
    // Every path: nestjs-pino's default route pattern, `{/*splat}`, does not
    // match on Nest 12's Fastify adapter, and the requests would go unlogged.
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
  };
}
