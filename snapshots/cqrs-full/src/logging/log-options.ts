import { LoggerOptions, stdTimeFunctions } from 'pino';
import { EnvironmentVariables } from '../config/env.validation';

/** Fields whose values never reach a log line, wherever they sit. */
const SECRET_FIELDS = [
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
];

// The field at the top of a log entry or under one or two objects
// (req.headers.authorization, body.user.password).
const REDACTED_PATHS = SECRET_FIELDS.flatMap((field) => [
  `["${field}"]`,
  `*["${field}"]`,
  `*.*["${field}"]`,
]);

/** One JSON line per entry, for Nest's and Fastify's logs alike. */
export function logOptions(
  level: EnvironmentVariables['LOG_LEVEL'],
): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
}
