import { Job, Queue } from 'bullmq';
import { validateEnv } from '../../src/config/env.validation';
import { redisConnection } from '../../src/queues/redis-connection';

/** A queue of the test's own on this run's prefix (close it after use). */
export function openQueue(name: string): Queue {
  const env = validateEnv(process.env);
  return new Queue(name, {
    connection: redisConnection(env.REDIS_URL),
    prefix: env.BULLMQ_PREFIX,
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls until `probe` returns a value (not undefined), or fails after
 * `timeoutMs` (room for a loaded CI machine).
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`waitFor timed out after ${timeoutMs} ms`);
    }
    await sleep(25);
  }
}

/** The job once it reached `state`, read from Redis after it did. */
export function waitForState(
  queue: Queue,
  jobId: string,
  state: 'active' | 'completed' | 'failed' | 'waiting',
): Promise<Job> {
  return waitFor(async () =>
    (await queue.getJobState(jobId)) === state
      ? queue.getJob(jobId)
      : undefined,
  );
}

/** A promise and the function that resolves it. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
