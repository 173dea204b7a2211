import { Injectable } from '@nestjs/common';
import {
  AttemptCount,
  LoginAttempts,
  LoginAttemptsPolicy,
} from './login-attempts';

/** Counters kept at most: the least recently used goes first beyond it. */
export const MAX_TRACKED_SUBJECTS = 10_000;

interface Counter {
  attempts: number;
  resetAt: number;
}

/**
 * Counters in this process, bounded (LRU, and each one ends with its window).
 * Counting is synchronous, so parallel requests cannot slip between read and
 * write. With several instances each keeps its own: add redis-cache to share.
 */
@Injectable()
export class MemoryLoginAttempts extends LoginAttempts {
  private readonly counters = new Map<string, Counter>();

  constructor(policy: LoginAttemptsPolicy) {
    super(policy);
  }

  get size(): number {
    return this.counters.size;
  }

  protected count(subject: string): Promise<AttemptCount> {
    const now = Date.now();
    const live = this.counters.get(subject);
    const counter =
      live && live.resetAt > now
        ? live
        : { attempts: 0, resetAt: now + this.policy.lockMs };
    counter.attempts += 1;
    if (counter.attempts === this.policy.limitFor(subject) + 1) {
      counter.resetAt = now + this.policy.lockMs;
    }
    // Re-inserting moves the subject to the most recently used end.
    this.counters.delete(subject);
    this.counters.set(subject, counter);
    this.evictBeyondLimit();
    return Promise.resolve({
      attempts: counter.attempts,
      resetInMs: counter.resetAt - now,
    });
  }

  protected clear(subject: string): Promise<void> {
    this.counters.delete(subject);
    return Promise.resolve();
  }

  private evictBeyondLimit(): void {
    for (const subject of this.counters.keys()) {
      if (this.counters.size <= MAX_TRACKED_SUBJECTS) {
        return;
      }
      this.counters.delete(subject);
    }
  }
}
