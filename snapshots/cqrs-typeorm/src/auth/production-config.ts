import { ConfigService } from '@nestjs/config';
import { EnvironmentVariables } from '../config/env.validation';

/** The settings production is picky about. */
export type ProductionSettings = Pick<
  EnvironmentVariables,
  'NODE_ENV' | 'JWT_ACCESS_SECRET' | 'EMAIL_TOKEN_SECRET' | 'MAIL_TRANSPORT'
>;

// Words that mark a secret copied from .env.example, the CI file or a tutorial.
const PLACEHOLDER = /change-?me|example|placeholder|secret-?here|ci-only|test/i;
const MIN_SECRET_LENGTH = 32;
const MIN_DISTINCT_CHARACTERS = 12;

/**
 * Why this configuration must not run in production (empty when it may).
 * Each line names the variable to fix.
 */
export function unsafeProductionSettings(env: ProductionSettings): string[] {
  if (env.NODE_ENV !== 'production') {
    return [];
  }
  const problems = [
    secretProblem('JWT_ACCESS_SECRET', env.JWT_ACCESS_SECRET),
    secretProblem('EMAIL_TOKEN_SECRET', env.EMAIL_TOKEN_SECRET),
  ];
  if (env.JWT_ACCESS_SECRET === env.EMAIL_TOKEN_SECRET) {
    problems.push(
      'JWT_ACCESS_SECRET and EMAIL_TOKEN_SECRET must differ: one leaked secret would forge both kinds of token',
    );
  }
  if (env.MAIL_TRANSPORT !== 'smtp') {
    problems.push(
      `MAIL_TRANSPORT=${env.MAIL_TRANSPORT} keeps emails (and their one-time links) in the app or its logs: use smtp`,
    );
  }
  return problems.filter((problem): problem is string => problem !== null);
}

/** Throws at start, before anything listens, when production is unsafe. */
export function assertSafeForProduction(
  config: ConfigService<EnvironmentVariables, true>,
): void {
  const problems = unsafeProductionSettings({
    NODE_ENV: config.get('NODE_ENV', { infer: true }),
    JWT_ACCESS_SECRET: config.get('JWT_ACCESS_SECRET', { infer: true }),
    EMAIL_TOKEN_SECRET: config.get('EMAIL_TOKEN_SECRET', { infer: true }),
    MAIL_TRANSPORT: config.get('MAIL_TRANSPORT', { infer: true }),
  });
  if (problems.length > 0) {
    throw new Error(
      `Refusing to start in production:\n- ${problems.join('\n- ')}`,
    );
  }
}

function secretProblem(name: string, value: string): string | null {
  if (value.length < MIN_SECRET_LENGTH) {
    return `${name} must be at least ${MIN_SECRET_LENGTH} characters`;
  }
  if (PLACEHOLDER.test(value)) {
    return `${name} looks like a placeholder: generate one (openssl rand -hex 32)`;
  }
  if (new Set(value).size < MIN_DISTINCT_CHARACTERS) {
    return `${name} is too repetitive to be random: generate one (openssl rand -hex 32)`;
  }
  return null;
}
