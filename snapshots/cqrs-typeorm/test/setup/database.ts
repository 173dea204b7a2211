import { DataSource } from 'typeorm';
import { validateEnv } from '../../src/config/env.validation';
import { buildDataSourceOptions } from '../../src/database/database.options';

// A database of its own for each e2e run, named after E2E_RUN_ID: created and
// migrated before the tests, dropped after them. TEST_DATABASE_URL points at a
// database the test user can connect to in order to create another one.
const ADMIN_URL =
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

function runDatabaseName(): string {
  const runId = (process.env.E2E_RUN_ID ?? 'local').toLowerCase();
  return `e2e_${runId.replace(/[^a-z0-9]+/g, '_')}`.slice(0, 63);
}

async function withAdmin(sql: string): Promise<void> {
  const admin = new DataSource({ type: 'postgres', url: ADMIN_URL });
  await admin.initialize();
  try {
    await admin.query(sql);
  } finally {
    await admin.destroy();
  }
}

export async function setupDatabase(): Promise<void> {
  const name = runDatabaseName();
  await withAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await withAdmin(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  const dataSource = new DataSource(
    buildDataSourceOptions(validateEnv(process.env)),
  );
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await dataSource.destroy();
  }
}

export async function teardownDatabase(): Promise<void> {
  await withAdmin(
    `DROP DATABASE IF EXISTS "${runDatabaseName()}" WITH (FORCE)`,
  );
}
