import { Job } from 'bullmq';

/** The job names of a queue whose payloads T maps by name. */
export type JobName<T> = keyof T & string;

/** Each job's payload class: producers validate payloads against it. */
export type JobPayloadClasses<T> = { [N in JobName<T>]: new () => T[N] };

/** How often a repeatable job runs: a cron pattern or an interval in ms. */
export type ScheduleRepeat = { pattern: string } | { every: number };

/** A repeatable job, upserted as a BullMQ job scheduler when the app starts. */
export type JobSchedule<T> = {
  [N in JobName<T>]: { name: N; repeat: ScheduleRepeat; data: T[N] };
}[JobName<T>];

/** What a job handler reports; BullMQ keeps it as the job's return value. */
export interface JobOutcome {
  job: string;
  referenceId: string | null;
}

/** A job of a queue whose payloads T maps by name, its payload typed by its name. */
export type JobOf<T> = {
  [N in JobName<T>]: Job<T[N], JobOutcome, N>;
}[JobName<T>];

/** Jobs per state in Redis, and the dead letters kept for the queue. */
export interface QueueCounts {
  waiting: number;
  prioritized: number;
  /** Flow parents waiting for their children. */
  waitingChildren: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  deadLetters: number;
}

/** Queue events counted since this process started (QueueEvents listeners). */
export interface QueueEventCounts {
  completed: number;
  failed: number;
  stalled: number;
}
