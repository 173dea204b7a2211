import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { decode, encode } from './redis-codec';
import { REDIS_CLIENT, REDIS_MODULE_OPTIONS } from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

// Moves the session to a new id, keeping its data and remaining lifetime.
const ROTATE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RENAME', KEYS[1], KEYS[2])
return 1`;

export interface Session<T> {
  id: string;
  data: T;
}

/**
 * Sessions in Redis, shared by every instance: opaque random ids (256 bits),
 * JSON data, an idle lifetime of SESSION_TTL_SECONDS that `touch` renews.
 * Rotate the id when the privileges change (sign-in) to prevent fixation.
 */
@Injectable()
export class SessionService {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions,
  ) {}

  async create<T>(
    data: T,
    ttlSeconds: number = this.options.sessionTtlSeconds,
  ): Promise<Session<T>> {
    const id = randomBytes(32).toString('base64url');
    await this.redis.set(this.key(id), encode(data), 'EX', ttlSeconds);
    return { id, data };
  }

  /** The session's data, or null when it does not exist or has expired. */
  async get<T>(id: string): Promise<T | null> {
    const raw = await this.redis.get(this.key(id));
    return raw === null ? null : decode<T>(raw);
  }

  /** Replaces the data and keeps the lifetime; false when the session is gone. */
  async update<T>(id: string, data: T): Promise<boolean> {
    const result = await this.redis.set(
      this.key(id),
      encode(data),
      'KEEPTTL',
      'XX',
    );
    return result === 'OK';
  }

  /** Restarts the idle lifetime; false when the session is gone. */
  async touch(
    id: string,
    ttlSeconds: number = this.options.sessionTtlSeconds,
  ): Promise<boolean> {
    return (await this.redis.expire(this.key(id), ttlSeconds)) === 1;
  }

  async destroy(id: string): Promise<boolean> {
    return (await this.redis.unlink(this.key(id))) === 1;
  }

  /** Gives the session a new id (the old one stops working); null when it is gone. */
  async rotate(id: string): Promise<string | null> {
    const next = randomBytes(32).toString('base64url');
    const moved = await this.redis.eval(
      ROTATE,
      2,
      this.key(id),
      this.key(next),
    );
    return moved === 1 ? next : null;
  }

  private key(id: string): string {
    return `${this.options.keyPrefix}:session:${id}`;
  }
}
