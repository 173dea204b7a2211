import {
  InjectQueue,
  OnWorkerEvent,
  Processor,
  WorkerHost,
} from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { DeadLetter, isLastAttempt, toDeadLetter } from '../dead-letters';
import { JobOf, JobOutcome } from '../queue.types';
import {
  REPORTS_CONCURRENCY,
  REPORTS_DLQ,
  REPORTS_QUEUE,
  ReportsJobData,
} from './reports.constants';
import { ReportsJobHandlers } from './reports.handlers';

/** A job of the reports queue, its payload typed by its name. */
export type ReportsJob = JobOf<ReportsJobData>;

/**
 * Runs reports jobs, REPORTS_CONCURRENCY at a time. A failed attempt is logged
 * and rethrown, so BullMQ retries it with the queue's backoff; the last one is first
 * copied to the dead-letter queue with its payload and reason.
 */
@Processor(REPORTS_QUEUE, {
  concurrency: REPORTS_CONCURRENCY,
})
export class ReportsProcessor
  extends WorkerHost
  implements BeforeApplicationShutdown
{
  private readonly logger = new Logger(ReportsProcessor.name);

  constructor(
    private readonly handlers: ReportsJobHandlers,
    @InjectQueue(REPORTS_DLQ) private readonly deadLetters: Queue<DeadLetter>,
  ) {
    super();
  }

  async process(job: ReportsJob): Promise<JobOutcome> {
    const attempt = {
      queue: REPORTS_QUEUE,
      job: job.name,
      jobId: job.id,
      attempt: job.attemptsMade + 1,
      attempts: job.opts.attempts ?? 1,
    };
    // At info, one line per job, when it ends (each line is a write to
    // stdout); its start is a debug line.
    this.logger.debug({ message: 'Job started', ...attempt });
    try {
      const outcome = await this.dispatch(job);
      this.logger.log({ message: 'Job completed', ...attempt });
      return outcome;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (isLastAttempt(job, error)) {
        this.logger.error({ message: 'Job failed', ...attempt, reason });
        await this.bury(job, error);
      } else {
        this.logger.warn({ message: 'Job attempt failed', ...attempt, reason });
      }
      throw error;
    }
  }

  /** On shutdown: take no new jobs, finish the running ones while Redis is up. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.error({ message: 'Worker error', reason: error.message });
  }

  private dispatch(job: ReportsJob): Promise<JobOutcome> {
    switch (job.name) {
      case 'process-reports':
        return this.handlers.processReports(job.data);
      default:
        throw new UnrecoverableError(`Unknown job: ${(job as Job).name}`);
    }
  }

  /** Copies the job to the dead-letter queue; the job's own failure still stands. */
  private async bury(job: Job, error: unknown): Promise<void> {
    try {
      // One dead letter per job, even if this runs twice.
      await this.deadLetters.add(job.name, toDeadLetter(job, error), {
        jobId: `dead-${job.id}`,
      });
    } catch (deadLetterError) {
      this.logger.error({
        message: 'Could not dead-letter the job',
        jobId: job.id,
        reason: String(deadLetterError),
      });
    }
  }
}
