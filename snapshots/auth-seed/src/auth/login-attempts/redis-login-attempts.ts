import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  REDIS_CLIENT,
  REDIS_MODULE_OPTIONS,
} from '../../redis/redis.constants';
import type { RedisModuleOptions } from '../../redis/redis.options';
import { LoginAttempts, LoginAttemptsPolicy } from './login-attempts';

/** Failure counters and locks in Redis, so they hold across every instance. */
@Injectable()
export class RedisLoginAttempts extends LoginAttempts {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions,
    policy: LoginAttemptsPolicy,
  ) {
    super(policy);
  }

  protected async lockedMs(subject: string): Promise<number> {
    return Math.max(0, await this.redis.pttl(this.lockKey(subject)));
  }

  protected async countFailure(subject: string): Promise<number> {
    const [[, failures]] = (await this.redis
      .multi()
      .incr(this.failKey(subject))
      .pexpire(this.failKey(subject), this.policy.lockMs, 'NX')
      .exec()) as [[Error | null, number], [Error | null, number]];
    return failures;
  }

  protected async lock(subject: string): Promise<void> {
    await this.redis
      .multi()
      .set(this.lockKey(subject), '1', 'PX', this.policy.lockMs)
      .unlink(this.failKey(subject))
      .exec();
  }

  protected async clear(subject: string): Promise<void> {
    await this.redis.unlink(this.failKey(subject), this.lockKey(subject));
  }

  private failKey(subject: string): string {
    return `${this.options.keyPrefix}:auth:failures:${subject}`;
  }

  private lockKey(subject: string): string {
    return `${this.options.keyPrefix}:auth:locked:${subject}`;
  }
}
