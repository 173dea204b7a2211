import { connect as connectNats } from '@nats-io/transport-node';
import { validateEnv } from '../../src/config/env.validation';

/**
 * Each run talks on brokers under names of its own: a subject, routing key,
 * channel and topic namespace, a NATS queue group.
 * Requests wait briefly, so a timeout test does not take long.
 */
export async function setupMessaging(): Promise<void> {
  const run = `e2e-${process.env.E2E_RUN_ID}`;
  process.env.MESSAGING_NAMESPACE = run;
  process.env.MESSAGING_TIMEOUT_MS ??= '2000';
  process.env.NATS_QUEUE = run;
  const env = validateEnv(process.env);
  await reachable('NATS', env.NATS_URL, async () => {
    const nats = await connectNats({ servers: env.NATS_URL.split(',') });
    await nats.close();
  });
}

/** Removes what this run left on the brokers. */
export async function teardownMessaging(): Promise<void> {
  // Subjects, channels and topics are gone when nobody uses them.
}

async function reachable(
  broker: string,
  url: string,
  connect: () => Promise<void>,
): Promise<void> {
  try {
    await connect();
  } catch (error) {
    throw new Error(
      `${broker} is not reachable at ${url}: ${(error as Error).message}`,
      { cause: error },
    );
  }
}
