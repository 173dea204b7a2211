import type { DataSourceOptions } from 'typeorm';
import type { EnvironmentVariables } from '../config/env.validation';
import { Project } from '../projects/entities/project.entity';
import { Task } from '../tasks/entities/task.entity';
import { User } from '../users/entities/user.entity';
import { migrations } from './migrations';

/** The database settings of the environment (src/config/env.validation.ts). */
export type DatabaseEnvironment = Pick<
  EnvironmentVariables,
  | 'DATABASE_URL'
  | 'DATABASE_HOST'
  | 'DATABASE_PORT'
  | 'DATABASE_USER'
  | 'DATABASE_PASSWORD'
  | 'DATABASE_NAME'
  | 'DATABASE_POOL_SIZE'
  | 'DATABASE_SSL'
>;

export const entities = [User, Project, Task];

/**
 * One definition for the app, the TypeORM CLI (data-source.ts) and the tests.
 * The schema comes only from migrations: synchronize stays off.
 */
export function buildDataSourceOptions(
  env: DatabaseEnvironment,
): DataSourceOptions {
  const connection = env.DATABASE_URL
    ? { url: env.DATABASE_URL }
    : {
        host: env.DATABASE_HOST,
        port: env.DATABASE_PORT,
        username: env.DATABASE_USER,
        password: env.DATABASE_PASSWORD,
        database: env.DATABASE_NAME,
      };
  return {
    type: 'postgres',
    ...connection,
    ssl: env.DATABASE_SSL,
    extra: { max: env.DATABASE_POOL_SIZE },
    uuidExtension: 'pgcrypto',
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: false,
  };
}
