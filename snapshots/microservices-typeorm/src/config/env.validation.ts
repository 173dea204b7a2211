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
  DATABASE_NAME: string = 'microservices_typeorm';

  /** Largest number of open database connections */
  @IsInt()
  @Min(1)
  DATABASE_POOL_SIZE: number = 10;

  /** Connect to PostgreSQL over TLS (certificates verified) */
  @Transform(parseBoolean)
  @IsBoolean()
  DATABASE_SSL: boolean = false;

  /** Port of the gRPC server (beside HTTP; health and reflection included) */
  @IsInt()
  @Min(1)
  @Max(65535)
  GRPC_PORT: number = 5000;

  /** host:port of the gRPC server the typed clients (src/grpc/grpc-clients.ts) call */
  @IsString()
  GRPC_URL: string = '127.0.0.1:5000';

  /** How long a gRPC client call may take before it fails with DEADLINE_EXCEEDED */
  @IsInt()
  @Min(1)
  GRPC_DEADLINE_MS: number = 5000;

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
  NATS_QUEUE: string = 'microservices-typeorm';

  /** RabbitMQ connection URL */
  @IsString()
  RABBITMQ_URL: string = 'amqp://guest:guest@127.0.0.1:5672';

  /** Durable RabbitMQ queue this service consumes (its dead letters go to <queue>.dead-letter) */
  @IsString()
  RABBITMQ_QUEUE: string = 'microservices-typeorm';

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
