import { teardownDatabase } from './setup/database';

// Runs once after the e2e tests: removes what globalSetup created for this run.
export default async function globalTeardown(): Promise<void> {
  await teardownDatabase();
}
