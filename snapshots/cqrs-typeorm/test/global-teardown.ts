import { teardownAuth } from './setup/auth';
import { teardownBullmq } from './setup/bullmq';
import { teardownDatabase } from './setup/database';
import { teardownRedis } from './setup/redis';

// Runs once after the e2e tests: removes what globalSetup created for this run.
export default async function globalTeardown(): Promise<void> {
  await teardownBullmq();
  await teardownRedis();
  await teardownDatabase();
  await teardownAuth();
}
