import { JobsOptions } from 'bullmq';
import { JobPayloadClasses, JobSchedule } from '../queue.types';
import { ProcessEmailsJobDto } from './dto/process-emails-job.dto';

/** The emails queue, and where its jobs go once they spent every attempt. */
export const EMAILS_QUEUE = 'emails';
export const EMAILS_DLQ = 'emails-dlq';

/** Jobs one worker runs at the same time. */
export const EMAILS_CONCURRENCY = 1;

/** The jobs of the emails queue: job name → payload. */
export interface EmailsJobData {
  'process-emails': ProcessEmailsJobDto;
}

type Payloads = JobPayloadClasses<EmailsJobData>;
type Schedules = JobSchedule<EmailsJobData>[];

/** Each job's payload class: payloads are validated before they are enqueued. */
export const EMAILS_JOB_PAYLOADS: Payloads = {
  'process-emails': ProcessEmailsJobDto,
};

/** Retries with exponential backoff, and how long finished jobs are kept. */
export const EMAILS_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 86_400, count: 1_000 },
  removeOnFail: { age: 604_800 },
};

/** Repeatable jobs, upserted as job schedulers when the app starts. */
export const EMAILS_SCHEDULES: Schedules = [];
