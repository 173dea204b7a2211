import { setupAuth } from './setup/auth';
import { setupBullmq } from './setup/bullmq';
import { setupDatabase } from './setup/database';
import { setupRedis } from './setup/redis';

// Runs once before the e2e tests, in the process the test files inherit their
// environment from. Each run gets its own id, so that resources named after it
// (a database, a key prefix) never collide with another run's.
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL ??= 'silent';
  process.env.E2E_RUN_ID ??= `${process.pid}-${Date.now().toString(36)}`;
  await setupAuth();
  await setupDatabase();
  await setupRedis();
  await setupBullmq();
}
