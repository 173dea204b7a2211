import { LoginAttemptsPolicy } from './login-attempts';
import {
  MAX_TRACKED_SUBJECTS,
  MemoryLoginAttempts,
} from './memory-login-attempts';

const LOCK_MS = 60_000;

describe('MemoryLoginAttempts', () => {
  let attempts: MemoryLoginAttempts;

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    attempts = new MemoryLoginAttempts(new LoginAttemptsPolicy(2, LOCK_MS));
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('locks a subject past its limit until its window ends', async () => {
    await attempts.consume(['user:ann']);
    await attempts.consume(['user:ann']);

    await expect(attempts.consume(['user:ann'])).rejects.toMatchObject({
      retryAfterSeconds: LOCK_MS / 1000,
    });
    jest.advanceTimersByTime(LOCK_MS + 1);
    await expect(attempts.consume(['user:ann'])).resolves.toBeUndefined();
  });

  it('starts a counter over once its window has passed', async () => {
    await attempts.consume(['user:ann']);
    await attempts.consume(['user:ann']);
    jest.advanceTimersByTime(LOCK_MS + 1);

    await attempts.consume(['user:ann']);
    await attempts.consume(['user:ann']);

    await expect(attempts.consume(['user:ann'])).rejects.toMatchObject({
      retryAfterSeconds: LOCK_MS / 1000,
    });
  });

  it('keeps a bounded number of counters, dropping the least recently used', async () => {
    await attempts.consume(['user:first']);
    await attempts.consume(['user:first']);
    for (let i = 0; i < MAX_TRACKED_SUBJECTS; i++) {
      await attempts.consume([`user:${i}`]);
    }

    expect(attempts.size).toBe(MAX_TRACKED_SUBJECTS);
    // The oldest counter was dropped: its third attempt counts as a first.
    await expect(attempts.consume(['user:first'])).resolves.toBeUndefined();
    expect(attempts.size).toBe(MAX_TRACKED_SUBJECTS);
  });

  it('keeps a recently used counter when the oldest are dropped', async () => {
    await attempts.consume(['user:busy']);
    for (let i = 0; i < MAX_TRACKED_SUBJECTS - 1; i++) {
      await attempts.consume([`user:${i}`]);
    }
    await attempts.consume(['user:busy']);

    await attempts.consume(['user:newcomer']);

    await expect(attempts.consume(['user:busy'])).rejects.toMatchObject({
      retryAfterSeconds: LOCK_MS / 1000,
    });
  });
});
