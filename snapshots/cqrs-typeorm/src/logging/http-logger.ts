import { RequestMethod } from '@nestjs/common';
import { Params } from 'nestjs-pino';
import { DestinationStream } from 'pino';
import { EnvironmentVariables } from '../config/env.validation';
import { censorSecrets, logOptions } from './log-options';
import { requestIdOf } from './request-id';

/**
 * The response on its request's line: its status. Its headers are the app's
 * own (helmet's, the request id, CORS): a kilobyte on every line, and a
 * `set-cookie` to censor, for nothing a reader needs.
 */
function responseStatus(res: { statusCode: number | null }): {
  statusCode: number | null;
} {
  return { statusCode: res.statusCode };
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
    // The request is bound to the request's logger, past `formatters.log`:
    // its serializer censors it.
    serializers: { req: censorSecrets, res: responseStatus },
  };
  return {
    pinoHttp: destination ? [options, destination] : options,
    // Every path: nestjs-pino's default route pattern, `{/*splat}`, does not
    // match on Nest 12's Fastify adapter, and the requests would go unlogged.
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
    // Probes poll every few seconds: a line per poll would drown the real
    // traffic, and a request logger built for no line costs a probe more
    // than the rest of its work together. Nest's lines in a probe (a failed
    // check) are still written, without a request id.
    exclude: [
      { path: 'health', method: RequestMethod.ALL },
      { path: 'health/{*probe}', method: RequestMethod.ALL },
    ],
  };
}
