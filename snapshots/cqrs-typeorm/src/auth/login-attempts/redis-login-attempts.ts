import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  REDIS_CLIENT,
  REDIS_MODULE_OPTIONS,
} from '../../redis/redis.constants';
import type { RedisModuleOptions } from '../../redis/redis.options';
import {
  AttemptCount,
  LoginAttempts,
  LoginAttemptsPolicy,
} from './login-attempts';

// INCR and the window in one script: every instance sees the same count.
const COUNT = `
local attempts = redis.call('INCR', KEYS[1])
if attempts == 1 or attempts == tonumber(ARGV[2]) + 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return {attempts, redis.call('PTTL', KEYS[1])}`;

/** Attempt counters in Redis, so they hold across every instance. */
@Injectable()
export class RedisLoginAttempts extends LoginAttempts {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions,
    policy: LoginAttemptsPolicy,
  ) {
    super(policy);
  }

  protected async count(subject: string): Promise<AttemptCount> {
    const [attempts, resetInMs] = (await this.redis.eval(
      COUNT,
      1,
      this.key(subject),
      String(this.policy.lockMs),
      String(this.policy.limitFor(subject)),
    )) as [number, number];
    return { attempts, resetInMs: Math.max(0, resetInMs) };
  }

  protected async clear(subject: string): Promise<void> {
    await this.redis.unlink(this.key(subject));
  }

  private key(subject: string): string {
    return `${this.options.keyPrefix}:auth:attempts:${subject}`;
  }
}
