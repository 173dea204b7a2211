import { redisConnection } from './redis-connection';

describe('redisConnection', () => {
  it('reads host, port and database index', () => {
    expect(redisConnection('redis://cache.internal:6380/3')).toEqual({
      host: 'cache.internal',
      port: 6380,
      db: 3,
    });
  });

  it('defaults the port to 6379 and the database to 0', () => {
    expect(redisConnection('redis://localhost')).toEqual({
      host: 'localhost',
      port: 6379,
      db: 0,
    });
  });

  it('decodes credentials and turns TLS on for rediss://', () => {
    const url = 'rediss://app:p%40ss@redis.example:6379/1';

    expect(redisConnection(url)).toEqual({
      host: 'redis.example',
      port: 6379,
      db: 1,
      username: 'app',
      password: 'p@ss',
      tls: {},
    });
  });

  it('refuses other schemes without repeating the URL', () => {
    expect(() => redisConnection('http://user:secret@host')).toThrow(
      'REDIS_URL must start with redis:// or rediss://',
    );
  });

  it('refuses a path that is not a database index', () => {
    expect(() => redisConnection('redis://localhost/cache')).toThrow(
      /database index/,
    );
  });
});
