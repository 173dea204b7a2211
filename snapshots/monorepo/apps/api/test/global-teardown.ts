import { teardownDatabase } from './setup/database';
import { teardownRedis } from './setup/redis';

// Runs once after the e2e tests: removes what globalSetup created for this run.
export default async function globalTeardown(): Promise<void> {
  await teardownRedis();
  await teardownDatabase();
}
