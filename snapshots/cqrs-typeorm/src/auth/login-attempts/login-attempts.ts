import { HttpException, HttpStatus } from '@nestjs/common';

/** How many logins an account may try in a window (an address four times as many). */
export class LoginAttemptsPolicy {
  constructor(
    readonly maxAttempts: number,
    readonly lockMs: number,
  ) {}

  limitFor(subject: string): number {
    return subject.startsWith('ip:') ? this.maxAttempts * 4 : this.maxAttempts;
  }
}

export class TooManyLoginAttemptsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many failed logins; try again in ${retryAfterSeconds} seconds`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/** One attempt counted: how many in the window so far, and when it ends. */
export interface AttemptCount {
  attempts: number;
  resetInMs: number;
}

/**
 * Brute-force protection. An attempt is counted (atomically) before the
 * password is checked, so N guesses sent at once still get at most the limit
 * of verdicts; over the limit, the subject waits until its window ends. A
 * successful login clears the account's count (never the address's).
 */
export abstract class LoginAttempts {
  constructor(protected readonly policy: LoginAttemptsPolicy) {}

  async consume(subjects: string[]): Promise<void> {
    const counts = await Promise.all(subjects.map((s) => this.count(s)));
    const waits = counts
      .filter(({ attempts }, i) => attempts > this.policy.limitFor(subjects[i]))
      .map(({ resetInMs }) => resetInMs);
    if (waits.length > 0) {
      throw new TooManyLoginAttemptsException(
        Math.max(1, Math.ceil(Math.max(...waits) / 1000)),
      );
    }
  }

  async recordSuccess(subject: string): Promise<void> {
    await this.clear(subject);
  }

  /**
   * Adds one attempt: the window (lockMs) starts with the first attempt and
   * starts over once the limit is passed, so a locked subject waits lockMs.
   */
  protected abstract count(subject: string): Promise<AttemptCount>;

  protected abstract clear(subject: string): Promise<void>;
}
