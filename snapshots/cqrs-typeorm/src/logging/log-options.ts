import { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerOptions, stdTimeFunctions } from 'pino';
import { EnvironmentVariables } from '../config/env.validation';

/** Fields whose values never reach a log line, wherever they sit. */
const SECRET_FIELDS = new Set([
  'authorization',
  'cookie',
  'set-cookie',
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
]);

const CENSOR = '[redacted]';

// The field at the top of a log entry or under one or two objects
// (req.headers.authorization, body.user.password).
const SECRET_DEPTH = 2;

/**
 * `value` with every secret field at most `depth` objects down censored. The
 * caller's objects are never changed: only those holding a secret are copied.
 * Raw HTTP messages are left to the serializers that write them (pino-http's
 * `req` and `res`, in src/logging/http-logger.ts).
 */
export function censorSecrets<T>(value: T, depth = SECRET_DEPTH): T {
  if (
    value === null ||
    typeof value !== 'object' ||
    value instanceof IncomingMessage ||
    value instanceof ServerResponse
  ) {
    return value;
  }
  let copy: T | undefined;
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const censored = SECRET_FIELDS.has(key)
      ? CENSOR
      : depth > 0
        ? censorSecrets(field, depth - 1)
        : field;
    if (censored !== field) {
      copy ??= copyOf(value);
      Object.defineProperty(copy, key, {
        value: censored,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy ?? value;
}

/** A shallow copy keeping the prototype and every own property (an Error's message and stack). */
function copyOf<T extends object>(value: T): T {
  return Array.isArray(value)
    ? ([...value] as T)
    : (Object.create(
        Object.getPrototypeOf(value) as object | null,
        Object.getOwnPropertyDescriptors(value),
      ) as T);
}

/**
 * One JSON line per entry, for Nest's and Fastify's logs alike, secrets
 * censored. pino's own `redact` would do it with wildcard paths, which cost
 * more than the rest of a request together: it runs on every child logger's
 * bindings, three per request, logged or not.
 */
export function logOptions(
  level: EnvironmentVariables['LOG_LEVEL'],
): LoggerOptions {
  return {
    level,
    timestamp: stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (entry) => censorSecrets(entry),
    },
  };
}
