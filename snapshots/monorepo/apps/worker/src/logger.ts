import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { EnvironmentVariables } from './config/env.validation';

const NEST_LOG_LEVELS: Record<EnvironmentVariables['LOG_LEVEL'], LogLevel[]> = {
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
  silent: [],
};

/** Nest's logs as JSON lines, at the level LOG_LEVEL asks for. */
export function createLogger(env: EnvironmentVariables): ConsoleLogger {
  return new ConsoleLogger({
    json: true,
    logLevels: NEST_LOG_LEVELS[env.LOG_LEVEL],
  });
}
