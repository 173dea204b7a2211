import { OnApplicationBootstrap } from '@nestjs/common';
import { BulkJobOptions, Job, JobsOptions, Queue } from 'bullmq';
import { DeadLetter, DeadLetterEntry } from './dead-letters';
import { validateJobPayload } from './job-payload';
import {
  JobName,
  JobPayloadClasses,
  JobSchedule,
  QueueCounts,
  ScheduleRepeat,
} from './queue.types';

/** Job priorities BullMQ accepts: 1 runs first. */
export const JOB_PRIORITY = { highest: 1, lowest: 2_097_152 } as const;

/** One job of an addBulk call. */
export type BulkJob<T> = {
  [N in JobName<T>]: { name: N; data: T[N]; options?: BulkJobOptions };
}[JobName<T>];

/** What the admin routes and /health need from any queue, whatever its jobs. */
export interface ManagedQueue {
  counts(): Promise<QueueCounts>;
  listDeadLetters(limit?: number): Promise<DeadLetterEntry[]>;
  redrive(ids?: readonly string[], limit?: number): Promise<string[]>;
}

/**
 * Typed access to one queue and its dead-letter queue. Every payload is validated
 * against its job's DTO before it reaches Redis; the queue's retry policy applies
 * unless a job's options override it.
 */
export abstract class QueueProducer<T extends object>
  implements ManagedQueue, OnApplicationBootstrap
{
  protected constructor(
    protected readonly queue: Queue,
    protected readonly deadLetters: Queue<DeadLetter>,
    private readonly payloads: JobPayloadClasses<T>,
    private readonly schedules: readonly JobSchedule<T>[] = [],
  ) {}

  /** Upserts the configured repeatable jobs (job schedulers) once the app is up. */
  async onApplicationBootstrap(): Promise<void> {
    for (const { name, repeat, data } of this.schedules) {
      await this.schedule(name, repeat, data);
    }
  }

  async add<N extends JobName<T>>(
    name: N,
    data: T[N],
    options: JobsOptions = {},
  ): Promise<Job<T[N]>> {
    const payload = this.validate(name, data);
    return this.queue.add(name, payload, options) as Promise<Job<T[N]>>;
  }

  /** Adds every job or none: all payloads are validated first. */
  async addBulk(jobs: readonly BulkJob<T>[]): Promise<Job[]> {
    const valid = jobs.map((job) => ({
      name: job.name,
      data: this.validate(job.name, job.data),
      opts: job.options,
    }));
    return this.queue.addBulk(valid);
  }

  /** Runs the job no sooner than `delayMs` from now. */
  addDelayed<N extends JobName<T>>(
    name: N,
    data: T[N],
    delayMs: number,
    options: JobsOptions = {},
  ): Promise<Job<T[N]>> {
    return this.add(name, data, { ...options, delay: delayMs });
  }

  /** Runs the job before waiting jobs of a lower priority (see JOB_PRIORITY). */
  addPrioritized<N extends JobName<T>>(
    name: N,
    data: T[N],
    priority: number,
    options: JobsOptions = {},
  ): Promise<Job<T[N]>> {
    return this.add(name, data, { ...options, priority });
  }

  /**
   * Adds the job once per `jobId`: while the queue still holds a job with that id,
   * adding it again returns the existing job and enqueues nothing.
   */
  addOnce<N extends JobName<T>>(
    name: N,
    data: T[N],
    jobId: string,
    options: JobsOptions = {},
  ): Promise<Job<T[N]>> {
    return this.add(name, data, { ...options, jobId });
  }

  /** Creates or updates a repeatable job; the scheduler id defaults to the job name. */
  async schedule<N extends JobName<T>>(
    name: N,
    repeat: ScheduleRepeat,
    data: T[N],
    schedulerId: string = name,
  ): Promise<void> {
    await this.queue.upsertJobScheduler(schedulerId, repeat, {
      name,
      data: this.validate(name, data),
    });
  }

  /** Stops a repeatable job; false when no scheduler had that id. */
  unschedule(schedulerId: string): Promise<boolean> {
    return this.queue.removeJobScheduler(schedulerId);
  }

  async counts(): Promise<QueueCounts> {
    const [counts, deadLetters] = await Promise.all([
      this.queue.getJobCounts(
        'waiting',
        'prioritized',
        'waiting-children',
        'active',
        'delayed',
        'completed',
        'failed',
      ),
      this.deadLetters.getWaitingCount(),
    ]);
    return {
      waiting: counts.waiting ?? 0,
      prioritized: counts.prioritized ?? 0,
      waitingChildren: counts['waiting-children'] ?? 0,
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      deadLetters,
    };
  }

  /** The oldest dead letters first, at most `limit`. */
  async listDeadLetters(limit = 50): Promise<DeadLetterEntry[]> {
    const letters = await this.deadLetters.getWaiting(0, limit - 1);
    return letters.map((letter) => ({ ...letter.data, id: letter.id ?? '' }));
  }

  /**
   * Runs dead letters again (the given ids, or the oldest `limit` of them) with fresh
   * attempts: the failed job itself when Redis still holds it, a new job otherwise.
   * Returns the ids of the jobs that will run.
   */
  async redrive(ids?: readonly string[], limit = 1000): Promise<string[]> {
    const letters = ids
      ? await this.findDeadLetters(ids)
      : await this.deadLetters.getWaiting(0, limit - 1);
    const redriven: string[] = [];
    for (const letter of letters) {
      redriven.push(await this.runAgain(letter.data));
      await letter.remove();
    }
    return redriven;
  }

  private async findDeadLetters(
    ids: readonly string[],
  ): Promise<Job<DeadLetter>[]> {
    const letters = await Promise.all(
      ids.map((id) => this.deadLetters.getJob(id)),
    );
    return letters.filter((letter) => letter !== undefined);
  }

  private async runAgain(letter: DeadLetter): Promise<string> {
    const failed = await this.queue.getJob(letter.jobId);
    if (failed && (await failed.isFailed())) {
      await failed.retry('failed', {
        resetAttemptsMade: true,
        resetAttemptsStarted: true,
      });
      return letter.jobId;
    }
    const job = await this.queue.add(letter.name, letter.data);
    return job.id ?? '';
  }

  private validate<N extends JobName<T>>(name: N, data: T[N]): T[N] {
    return validateJobPayload(this.queue.name, name, this.payloads[name], data);
  }
}
