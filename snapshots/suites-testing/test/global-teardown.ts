// Runs once after the e2e tests: removes what globalSetup created for this run.
export default async function globalTeardown(): Promise<void> {
  // Nothing to remove: no expert prepared a service for this run.
}
