import Redis from 'ioredis';
import { validateEnv } from '../../src/config/env.validation';
import { redisConnection } from '../../src/queues/redis-connection';

const E2E_PREFIX = 'bull-e2e-';

/** A connection that fails at once, rather than retrying, when Redis is down. */
function connect(): Redis {
  return new Redis({
    ...redisConnection(validateEnv(process.env).REDIS_URL),
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
}

/** Gives this run a BullMQ key prefix of its own; fails early when Redis is down. */
export async function setupBullmq(): Promise<void> {
  process.env.BULLMQ_PREFIX = `${E2E_PREFIX}${process.env.E2E_RUN_ID}`;
  const redis = connect();
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    const { host, port } = redis.options;
    throw new Error(
      `Redis is not reachable at ${host}:${port}: ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    redis.disconnect();
  }
}

/** Removes every key this run's queues left in Redis (SCAN + UNLINK). */
export async function teardownBullmq(): Promise<void> {
  const prefix = process.env.BULLMQ_PREFIX;
  if (!prefix?.startsWith(E2E_PREFIX)) {
    return;
  }
  const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}:*`;
  const redis = connect();
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        pattern,
        'COUNT',
        500,
      );
      if (keys.length > 0) {
        await redis.unlink(...keys);
      }
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}
