import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  REDIS_CLIENT,
  REDIS_MODULE_OPTIONS,
} from '../../redis/redis.constants';
import type { RedisModuleOptions } from '../../redis/redis.options';
import {
  Rotation,
  RotationOutcome,
  SessionRecord,
  SessionStore,
} from './session-store';

// Compares and swaps the secret in one step, so that of two refreshes racing
// only one rotates; the user's set of sessions lives as long as its longest.
const ROTATE = `
local raw = redis.call('GET', KEYS[1])
if not raw then return 'invalid' end
local session = cjson.decode(raw)
local now = tonumber(ARGV[4])
if session.secretHash == ARGV[1] then
  session.previousSecretHash = session.secretHash
  session.secretHash = ARGV[2]
  session.rotatedAt = now
  session.expiresAt = tonumber(ARGV[3])
  local ttl = math.max(1, session.expiresAt - now)
  redis.call('SET', KEYS[1], cjson.encode(session), 'PX', ttl)
  redis.call('PEXPIRE', KEYS[2], ttl, 'GT')
  return 'rotated'
end
if session.previousSecretHash == ARGV[1] then
  if now - session.rotatedAt <= tonumber(ARGV[5]) then return 'concurrent' end
  return 'reused'
end
return 'invalid'`;

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
    const userKey = this.userKey(session.userId);
    // NX gives a new set its lifetime, GT only ever lengthens it: the set
    // outlives every session in it, so revokeAll always finds them.
    await this.redis
      .multi()
      .set(this.key(session.id), JSON.stringify(session), 'PX', ttl)
      .sadd(userKey, session.id)
      .pexpire(userKey, ttl, 'NX')
      .pexpire(userKey, ttl, 'GT')
      .exec();
  }

  async find(id: string): Promise<SessionRecord | null> {
    const raw = await this.redis.get(this.key(id));
    return raw === null ? null : (JSON.parse(raw) as SessionRecord);
  }

  async rotate(id: string, rotation: Rotation): Promise<RotationOutcome> {
    const session = await this.find(id);
    if (!session) {
      return 'invalid';
    }
    return (await this.redis.eval(
      ROTATE,
      2,
      this.key(id),
      this.userKey(session.userId),
      rotation.presentedHash,
      rotation.nextHash,
      String(rotation.expiresAt),
      String(Date.now()),
      String(rotation.graceMs),
    )) as RotationOutcome;
  }

  async revoke(id: string): Promise<void> {
    const session = await this.find(id);
    await this.redis.unlink(this.key(id));
    if (session) {
      await this.redis.srem(this.userKey(session.userId), id);
    }
  }

  async revokeAll(userId: string, keepSessionId?: string): Promise<number> {
    const ids = (await this.redis.smembers(this.userKey(userId))).filter(
      (id) => id !== keepSessionId,
    );
    if (ids.length > 0) {
      await this.redis
        .multi()
        .unlink(...ids.map((id) => this.key(id)))
        .srem(this.userKey(userId), ...ids)
        .exec();
    }
    return ids.length;
  }

  private key(id: string): string {
    return `${this.options.keyPrefix}:auth:session:${id}`;
  }

  private userKey(userId: string): string {
    return `${this.options.keyPrefix}:auth:user-sessions:${userId}`;
  }
}
