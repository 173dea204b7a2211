import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  REDIS_CLIENT,
  REDIS_MODULE_OPTIONS,
} from '../../redis/redis.constants';
import type { RedisModuleOptions } from '../../redis/redis.options';
import { SessionRecord, SessionStore } from './session-store';

// Swaps the secret only when the caller presented the current one.
const ROTATE = `
local raw = redis.call('GET', KEYS[1])
if not raw then return 0 end
local session = cjson.decode(raw)
if session.secretHash ~= ARGV[1] then return 0 end
session.secretHash = ARGV[2]
session.expiresAt = tonumber(ARGV[3])
redis.call('SET', KEYS[1], cjson.encode(session), 'PX', ARGV[4])
return 1`;

/** Sessions shared by every instance: one key per session, one set per user. */
@Injectable()
export class RedisSessionStore extends SessionStore {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions,
  ) {
    super();
  }

  async create(session: SessionRecord): Promise<void> {
    const ttl = Math.max(1, session.expiresAt - Date.now());
    await this.redis
      .multi()
      .set(this.key(session.id), JSON.stringify(session), 'PX', ttl)
      .sadd(this.userKey(session.userId), session.id)
      .pexpire(this.userKey(session.userId), ttl)
      .exec();
  }

  async find(id: string): Promise<SessionRecord | null> {
    const raw = await this.redis.get(this.key(id));
    return raw === null ? null : (JSON.parse(raw) as SessionRecord);
  }

  async rotate(
    id: string,
    expectedHash: string,
    next: Pick<SessionRecord, 'secretHash' | 'expiresAt'>,
  ): Promise<boolean> {
    const ttl = Math.max(1, next.expiresAt - Date.now());
    const swapped = await this.redis.eval(
      ROTATE,
      1,
      this.key(id),
      expectedHash,
      next.secretHash,
      String(next.expiresAt),
      String(ttl),
    );
    return swapped === 1;
  }

  async revoke(id: string): Promise<void> {
    const session = await this.find(id);
    await this.redis.unlink(this.key(id));
    if (session) {
      await this.redis.srem(this.userKey(session.userId), id);
    }
  }

  async revokeAll(userId: string): Promise<number> {
    const ids = await this.redis.smembers(this.userKey(userId));
    if (ids.length > 0) {
      await this.redis.unlink(...ids.map((id) => this.key(id)));
    }
    await this.redis.unlink(this.userKey(userId));
    return ids.length;
  }

  private key(id: string): string {
    return `${this.options.keyPrefix}:auth:session:${id}`;
  }

  private userKey(userId: string): string {
    return `${this.options.keyPrefix}:auth:user-sessions:${userId}`;
  }
}
