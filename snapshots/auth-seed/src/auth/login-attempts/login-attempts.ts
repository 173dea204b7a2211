import { HttpException, HttpStatus } from '@nestjs/common';

/** How many failed logins lock an account (an address gets four times as many). */
export class LoginAttemptsPolicy {
  constructor(
    readonly maxFailures: number,
    readonly lockMs: number,
  ) {}

  limitFor(subject: string): number {
    return subject.startsWith('ip:') ? this.maxFailures * 4 : this.maxFailures;
  }
}

export class TooManyLoginAttemptsException extends HttpException {
  constructor(retryAfterSeconds: number) {
    super(
      `Too many failed logins; try again in ${retryAfterSeconds} seconds`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * Brute-force protection: failed logins are counted per account and per
 * client address; reaching the limit locks that subject for a while.
 */
export abstract class LoginAttempts {
  constructor(protected readonly policy: LoginAttemptsPolicy) {}

  async assertNotLocked(subjects: string[]): Promise<void> {
    const waits = await Promise.all(subjects.map((s) => this.lockedMs(s)));
    const wait = Math.max(0, ...waits);
    if (wait > 0) {
      throw new TooManyLoginAttemptsException(Math.ceil(wait / 1000));
    }
  }

  async recordFailure(subjects: string[]): Promise<void> {
    for (const subject of subjects) {
      if ((await this.countFailure(subject)) >= this.policy.limitFor(subject)) {
        await this.lock(subject);
      }
    }
  }

  async recordSuccess(subjects: string[]): Promise<void> {
    await Promise.all(subjects.map((subject) => this.clear(subject)));
  }

  protected abstract lockedMs(subject: string): Promise<number>;

  protected abstract countFailure(subject: string): Promise<number>;

  protected abstract lock(subject: string): Promise<void>;

  protected abstract clear(subject: string): Promise<void>;
}
