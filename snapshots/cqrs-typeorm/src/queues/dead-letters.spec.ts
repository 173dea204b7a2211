import { Job, UnrecoverableError } from 'bullmq';
import { isLastAttempt, toDeadLetter } from './dead-letters';

function jobAt(attemptsMade: number, attempts?: number): Job {
  return {
    id: '42',
    name: 'render',
    queueName: 'print',
    data: { copies: 2 },
    attemptsMade,
    opts: { attempts },
  } as Job;
}

describe('isLastAttempt', () => {
  it('is false while attempts remain', () => {
    expect(isLastAttempt(jobAt(0, 3), new Error('busy'))).toBe(false);
    expect(isLastAttempt(jobAt(1, 3), new Error('busy'))).toBe(false);
  });

  it('is true on the last attempt', () => {
    expect(isLastAttempt(jobAt(2, 3), new Error('busy'))).toBe(true);
  });

  it('treats a job without attempts as having one', () => {
    expect(isLastAttempt(jobAt(0), new Error('busy'))).toBe(true);
  });

  it('is true at once for an UnrecoverableError', () => {
    expect(isLastAttempt(jobAt(0, 5), new UnrecoverableError('bad'))).toBe(
      true,
    );
  });
});

describe('toDeadLetter', () => {
  it('keeps the payload, the failure reason and the attempts', () => {
    const failedAt = new Date('2030-01-02T03:04:05.000Z');

    expect(
      toDeadLetter(jobAt(2, 3), new Error('printer on fire'), failedAt),
    ).toEqual({
      queue: 'print',
      jobId: '42',
      name: 'render',
      data: { copies: 2 },
      failedReason: 'printer on fire',
      attemptsMade: 3,
      failedAt: '2030-01-02T03:04:05.000Z',
    });
  });

  it('records a thrown non-error as text', () => {
    expect(toDeadLetter(jobAt(0, 1), 'timeout').failedReason).toBe('timeout');
  });
});
