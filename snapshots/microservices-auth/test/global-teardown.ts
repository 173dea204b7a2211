import { teardownAuth } from './setup/auth';
import { teardownDatabase } from './setup/database';
import { teardownGrpc } from './setup/grpc';
import { teardownMessaging } from './setup/messaging';

// Runs once after the e2e tests: removes what globalSetup created for this run.
export default async function globalTeardown(): Promise<void> {
  await teardownDatabase();
  await teardownAuth();
  await teardownGrpc();
  await teardownMessaging();
}
