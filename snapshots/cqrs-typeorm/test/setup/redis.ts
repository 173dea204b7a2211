import Redis from 'ioredis';

const DEFAULT_URL = 'redis://127.0.0.1:6379/0';

function connect(): Redis {
  return new Redis(process.env.REDIS_URL ?? DEFAULT_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
}

/** Gives this run a key prefix of its own, and fails early when Redis is down. */
export async function setupRedis(): Promise<void> {
  const prefix = process.env.REDIS_KEY_PREFIX ?? 'projects-cqrs';
  process.env.REDIS_KEY_PREFIX = `${prefix}:e2e:${process.env.E2E_RUN_ID}`;
  const redis = connect();
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `Redis is not reachable at ${process.env.REDIS_URL ?? DEFAULT_URL}: ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    redis.disconnect();
  }
}

/** Removes every key this run wrote (SCAN + UNLINK under its prefix). */
export async function teardownRedis(): Promise<void> {
  const prefix = process.env.REDIS_KEY_PREFIX;
  if (!prefix?.includes(':e2e:')) {
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
