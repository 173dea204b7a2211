import { teardownAuth } from './setup/auth';
import { teardownBullmq } from './setup/bullmq';
import { teardownDatabase } from './setup/database';
import { teardownMessaging } from './setup/messaging';

// Runs once after the e2e tests: removes what globalSetup created for this run.
export default async function globalTeardown(): Promise<void> {
  await teardownBullmq();
  await teardownDatabase();
  await teardownAuth();
  await teardownMessaging();
}
