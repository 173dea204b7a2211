import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The worker under test beats into a file of this run's own, never into the file
// of a worker running on the same machine.
export async function setupHeartbeat(): Promise<void> {
  process.env.HEARTBEAT_FILE = join(
    tmpdir(),
    `worker-heartbeat-${process.env.E2E_RUN_ID}`,
  );
}

export async function teardownHeartbeat(): Promise<void> {
  await rm(process.env.HEARTBEAT_FILE ?? '', { force: true });
}
