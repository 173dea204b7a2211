import 'reflect-metadata';
import { Transform, plainToInstance } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Max,
  Min,
  validateSync,
} from 'class-validator';
import { IsTrustProxy, parseTrustProxy, type TrustProxy } from './trust-proxy';

interface RawValue {
  key: string;
  obj: Record<string, unknown>;
}

// Implicit conversion has already turned the string into a boolean or an array
// by the time @Transform runs, so these read the raw value from `obj`.
function parseBoolean({ key, obj }: RawValue): unknown {
  const raw = obj[key];
  if (typeof raw !== 'string') {
    return raw;
  }
  return ['true', '1', 'yes'].includes(raw.trim().toLowerCase());
}

function parseList({ key, obj }: RawValue): unknown {
  const raw = obj[key];
  if (typeof raw !== 'string') {
    return raw;
  }
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export const NODE_ENV_VALUES = ['development', 'production', 'test'] as const;

export const LOG_LEVEL_VALUES = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const;

/** The environment, validated once at start (see .env.example). */
export class EnvironmentVariables {
  /** Runtime mode */
  @IsIn(NODE_ENV_VALUES)
  NODE_ENV: (typeof NODE_ENV_VALUES)[number] = 'development';

  /** Interface the HTTP server binds to */
  @IsString()
  HOST: string = '0.0.0.0';

  /** HTTP port */
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  /** Lowest level written to the JSON logs */
  @IsIn(LOG_LEVEL_VALUES)
  LOG_LEVEL: (typeof LOG_LEVEL_VALUES)[number] = 'info';

  /** Comma-separated origins allowed by CORS; empty disables CORS */
  @Transform(parseList)
  @IsString({ each: true })
  CORS_ORIGINS: string[] = [];

  /** Largest accepted request body, in bytes */
  @IsInt()
  @Min(1)
  BODY_LIMIT: number = 1048576;

  /** Proxies whose X-Forwarded-For gives the client address: a hop count (1: one load balancer, when nothing else reaches the app) or comma-separated addresses/CIDRs (or loopback, uniquelocal); empty trusts none, true is refused */
  @Transform(parseTrustProxy)
  @IsTrustProxy()
  TRUST_PROXY: TrustProxy = [];

  /** Rate-limit window, in milliseconds */
  @IsInt()
  @Min(1)
  THROTTLE_TTL_MS: number = 60000;

  /** Requests allowed per client in one window */
  @IsInt()
  @Min(1)
  THROTTLE_LIMIT: number = 100;

  /** Serve the Swagger UI at /docs and the OpenAPI document at /docs-json */
  @Transform(parseBoolean)
  @IsBoolean()
  DOCS_ENABLED: boolean = true;

  /** PostgreSQL connection URL; when empty, the DATABASE_HOST.. parts are used */
  @IsString()
  DATABASE_URL: string = '';

  /** PostgreSQL host (when DATABASE_URL is empty) */
  @IsString()
  DATABASE_HOST: string = '127.0.0.1';

  /** PostgreSQL port (when DATABASE_URL is empty) */
  @IsInt()
  @Min(1)
  @Max(65535)
  DATABASE_PORT: number = 5432;

  /** PostgreSQL user (when DATABASE_URL is empty) */
  @IsString()
  DATABASE_USER: string = 'postgres';

  /** PostgreSQL password (when DATABASE_URL is empty) */
  @IsString()
  DATABASE_PASSWORD: string = '';

  /** PostgreSQL database (when DATABASE_URL is empty) */
  @IsString()
  DATABASE_NAME: string = 'orders_es';

  /** Largest number of open database connections */
  @IsInt()
  @Min(1)
  DATABASE_POOL_SIZE: number = 10;

  /** Connect to PostgreSQL over TLS (certificates verified) */
  @Transform(parseBoolean)
  @IsBoolean()
  DATABASE_SSL: boolean = false;

  /** Events between two snapshots of an event-sourced aggregate */
  @IsInt()
  @Min(2)
  CQRS_SNAPSHOT_EVERY: number = 3;

  /** Milliseconds between two rounds of the outbox relay (publishes committed events) */
  @IsInt()
  @Min(10)
  CQRS_RELAY_INTERVAL_MS: number = 200;

  /** Milliseconds between two checks of the saga deadlines */
  @IsInt()
  @Min(10)
  CQRS_SAGA_CHECK_INTERVAL_MS: number = 1000;

  /** Attempts at a saga compensation before the instance is marked failed */
  @IsInt()
  @Min(1)
  CQRS_SAGA_COMPENSATION_ATTEMPTS: number = 5;

  /** Milliseconds before the first retry of a failed saga compensation (doubled after each failure) */
  @IsInt()
  @Min(10)
  CQRS_SAGA_RETRY_DELAY_MS: number = 1000;

  // nestgen:env — generated above; add your variables below this line
}

/** Fails fast, naming every invalid variable, when the environment is wrong. */
export function validateEnv(
  config: Record<string, unknown>,
): EnvironmentVariables {
  const env = plainToInstance(EnvironmentVariables, config, {
    enableImplicitConversion: true,
  });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (errors.length > 0) {
    const problems = errors.flatMap((error) =>
      Object.values(error.constraints ?? {}),
    );
    throw new Error(
      `Invalid environment configuration: ${problems.join('; ')}`,
    );
  }
  return env;
}
