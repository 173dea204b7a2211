import { Job, UnrecoverableError } from 'bullmq';

/** A job that spent its last attempt, as kept in its queue's dead-letter queue. */
export interface DeadLetter {
  queue: string;
  jobId: string;
  name: string;
  data: unknown;
  failedReason: string;
  attemptsMade: number;
  failedAt: string;
}

/** A dead letter with its own id in the dead-letter queue. */
export interface DeadLetterEntry extends DeadLetter {
  id: string;
}

/** Whether this failure ends the job: its last attempt, or an UnrecoverableError. */
export function isLastAttempt(job: Job, error: unknown): boolean {
  return (
    error instanceof UnrecoverableError ||
    job.attemptsMade + 1 >= (job.opts.attempts ?? 1)
  );
}

/** The dead letter of a job that failed with this error. */
export function toDeadLetter(
  job: Job,
  error: unknown,
  failedAt: Date = new Date(),
): DeadLetter {
  return {
    queue: job.queueName,
    jobId: job.id ?? '',
    name: job.name,
    data: job.data,
    failedReason: error instanceof Error ? error.message : String(error),
    attemptsMade: job.attemptsMade + 1,
    failedAt: failedAt.toISOString(),
  };
}
