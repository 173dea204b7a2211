import 'reflect-metadata';
import { Transform, plainToInstance } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  Min,
  MinLength,
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

export const MAIL_TRANSPORT_VALUES = ['console', 'smtp', 'memory'] as const;

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
  DATABASE_NAME: string = 'billing_cqrs';

  /** Largest number of open database connections */
  @IsInt()
  @Min(1)
  DATABASE_POOL_SIZE: number = 10;

  /** Connect to PostgreSQL over TLS (certificates verified) */
  @Transform(parseBoolean)
  @IsBoolean()
  DATABASE_SSL: boolean = false;

  /** Redis connection URL (db index in the path) */
  @IsString()
  REDIS_URL: string = 'redis://127.0.0.1:6379/0';

  /** Prefix of every key and channel this app uses in Redis */
  @IsString()
  REDIS_KEY_PREFIX: string = 'billing-cqrs';

  /** Default lifetime of a cache entry, in seconds */
  @IsInt()
  @Min(1)
  CACHE_TTL_SECONDS: number = 3600;

  /** Entries kept in the in-process cache tier; 0 turns it off */
  @IsInt()
  @Min(0)
  CACHE_L1_MAX_ENTRIES: number = 1000;

  /** Longest an entry stays in the in-process tier, in seconds */
  @IsInt()
  @Min(1)
  CACHE_L1_TTL_SECONDS: number = 30;

  /** Idle lifetime of a session, in seconds */
  @IsInt()
  @Min(1)
  SESSION_TTL_SECONDS: number = 86400;

  /** Prefix of every BullMQ key in Redis (one per app and environment) */
  @IsString()
  BULLMQ_PREFIX: string = 'bull';

  /** Secret that signs access tokens (HS256); at least 32 characters */
  @IsString()
  @IsNotEmpty()
  @MinLength(32)
  JWT_ACCESS_SECRET: string;

  /** Lifetime of an access token, in seconds */
  @IsInt()
  @Min(30)
  JWT_ACCESS_TTL_SECONDS: number = 900;

  /** Lifetime of a session (refresh token) since its last refresh, in seconds */
  @IsInt()
  @Min(60)
  REFRESH_TOKEN_TTL_SECONDS: number = 2592000;

  /** Secret that signs email verification and password reset links */
  @IsString()
  @IsNotEmpty()
  @MinLength(32)
  EMAIL_TOKEN_SECRET: string;

  /** Lifetime of an emailed verification link, in seconds */
  @IsInt()
  @Min(60)
  EMAIL_TOKEN_TTL_SECONDS: number = 86400;

  /** Lifetime of an emailed password reset link, in seconds */
  @IsInt()
  @Min(60)
  PASSWORD_RESET_TTL_SECONDS: number = 3600;

  /** Failed logins that lock an account (an address gets four times as many) */
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS: number = 5;

  /** How long a locked account or address waits, in seconds */
  @IsInt()
  @Min(1)
  LOGIN_LOCK_SECONDS: number = 900;

  /** Public URL of the frontend that opens emailed links (not this API) */
  @IsString()
  APP_URL: string = 'http://localhost:3000';

  /** Frontend page of email verification links; it posts the token to /auth/verify-email */
  @IsString()
  VERIFY_EMAIL_PATH: string = '/verify-email';

  /** Frontend page of password reset links; it posts the token to /auth/password-reset/confirm */
  @IsString()
  RESET_PASSWORD_PATH: string = '/reset-password';

  /** How emails leave the app (console writes them to the log; production needs smtp) */
  @IsIn(MAIL_TRANSPORT_VALUES)
  MAIL_TRANSPORT: (typeof MAIL_TRANSPORT_VALUES)[number] = 'console';

  /** SMTP server when MAIL_TRANSPORT is smtp, e.g. smtps://user:pass@host:465 */
  @IsString()
  SMTP_URL: string = '';

  /** Sender address of every email */
  @IsString()
  MAIL_FROM: string = 'no-reply@example.com';

  /** Events between two snapshots of an event-sourced aggregate */
  @IsInt()
  @Min(2)
  CQRS_SNAPSHOT_EVERY: number = 50;

  /** Milliseconds between two rounds of the outbox relay (publishes committed events) */
  @IsInt()
  @Min(10)
  CQRS_RELAY_INTERVAL_MS: number = 200;

  /** Milliseconds between two checks of the saga deadlines */
  @IsInt()
  @Min(10)
  CQRS_SAGA_CHECK_INTERVAL_MS: number = 1000;

  /** Prefix of every broker subject, routing key, channel and topic (one per environment sharing a broker) */
  @IsString()
  MESSAGING_NAMESPACE: string = '';

  /** How long a broker request or event waits before it fails with a timeout */
  @IsInt()
  @Min(1)
  MESSAGING_TIMEOUT_MS: number = 5000;

  /** NATS servers, separated by commas */
  @IsString()
  NATS_URL: string = 'nats://127.0.0.1:4222';

  /** NATS user of this service, with NATS_PASSWORD (production needs it or NATS_TOKEN) */
  @IsString()
  NATS_USER: string = '';

  /** Password of NATS_USER */
  @IsString()
  NATS_PASSWORD: string = '';

  /** NATS authentication token, instead of NATS_USER and NATS_PASSWORD */
  @IsString()
  NATS_TOKEN: string = '';

  /** NATS queue group of this service (one instance receives each message) */
  @IsString()
  NATS_QUEUE: string = 'billing-cqrs';

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
