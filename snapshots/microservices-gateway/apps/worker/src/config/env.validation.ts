import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsString, Min, validateSync } from 'class-validator';

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

  /** Lowest level written to the JSON logs */
  @IsIn(LOG_LEVEL_VALUES)
  LOG_LEVEL: (typeof LOG_LEVEL_VALUES)[number] = 'info';

  /** File the worker touches while it is alive (its container health check reads it) */
  @IsString()
  HEARTBEAT_FILE: string = '/tmp/worker-heartbeat';

  /** How often the worker touches HEARTBEAT_FILE, in milliseconds */
  @IsInt()
  @Min(1000)
  HEARTBEAT_INTERVAL_MS: number = 10000;

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
