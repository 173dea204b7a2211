/** What BullMQ (and ioredis) need to reach Redis. */
export interface RedisConnection {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: Record<string, never>;
}

/**
 * Connection options from REDIS_URL: `redis://[user:password@]host[:port][/db]`, or
 * `rediss://` for TLS. Errors never repeat the URL, which may hold a password.
 */
export function redisConnection(url: string): RedisConnection {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new Error('REDIS_URL must start with redis:// or rediss://');
  }
  const db = parsed.pathname.replace(/^\//, '');
  if (!/^\d*$/.test(db)) {
    throw new Error('REDIS_URL must end with a database index, such as /0');
  }
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    db: db ? Number(db) : 0,
    ...(parsed.username
      ? { username: decodeURIComponent(parsed.username) }
      : {}),
    ...(parsed.password
      ? { password: decodeURIComponent(parsed.password) }
      : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}
