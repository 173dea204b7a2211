import { Injectable } from '@nestjs/common';
import { LoginAttempts, LoginAttemptsPolicy } from './login-attempts';

interface Counter {
  failures: number;
  resetAt: number;
  lockedUntil: number;
}

/**
 * Counters in this process. With several instances each keeps its own: add
 * the redis-cache expert to share them.
 */
@Injectable()
export class MemoryLoginAttempts extends LoginAttempts {
  private readonly counters = new Map<string, Counter>();

  constructor(policy: LoginAttemptsPolicy) {
    super(policy);
  }

  protected async lockedMs(subject: string): Promise<number> {
    return Math.max(
      0,
      (this.counters.get(subject)?.lockedUntil ?? 0) - Date.now(),
    );
  }

  protected async countFailure(subject: string): Promise<number> {
    const now = Date.now();
    const counter = this.counters.get(subject);
    const current =
      counter && counter.resetAt > now
        ? counter
        : { failures: 0, resetAt: now + this.policy.lockMs, lockedUntil: 0 };
    current.failures += 1;
    this.counters.set(subject, current);
    return current.failures;
  }

  protected async lock(subject: string): Promise<void> {
    const now = Date.now();
    this.counters.set(subject, {
      failures: 0,
      resetAt: now + this.policy.lockMs,
      lockedUntil: now + this.policy.lockMs,
    });
  }

  protected async clear(subject: string): Promise<void> {
    this.counters.delete(subject);
  }
}
