import { teardownDeadline } from './setup/deadline';
import { teardownGrpc } from './setup/grpc';

// Runs once after the e2e tests: removes what globalSetup created for this run.
export default async function globalTeardown(): Promise<void> {
  await teardownDeadline();
  await teardownGrpc();
}
