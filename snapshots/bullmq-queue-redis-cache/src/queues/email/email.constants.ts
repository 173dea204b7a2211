import { JobsOptions } from 'bullmq';
import { JobPayloadClasses, JobSchedule } from '../queue.types';
import { SendWelcomeJobDto } from './dto/send-welcome-job.dto';

/** The email queue, and where its jobs go once they spent every attempt. */
export const EMAIL_QUEUE = 'email';
export const EMAIL_DLQ = 'email-dlq';

/** Jobs one worker runs at the same time. */
export const EMAIL_CONCURRENCY = 1;

/** The jobs of the email queue: job name → payload. */
export interface EmailJobData {
  'send-welcome': SendWelcomeJobDto;
}

type Payloads = JobPayloadClasses<EmailJobData>;
type Schedules = JobSchedule<EmailJobData>[];

/** Each job's payload class: payloads are validated before they are enqueued. */
export const EMAIL_JOB_PAYLOADS: Payloads = {
  'send-welcome': SendWelcomeJobDto,
};

/** Retries with fixed backoff, and how long finished jobs are kept. */
export const EMAIL_JOB_OPTIONS: JobsOptions = {
  attempts: 4,
  backoff: { type: 'fixed', delay: 500 },
  removeOnComplete: { age: 86_400, count: 1_000 },
  removeOnFail: { age: 604_800 },
};

/** Repeatable jobs, upserted as job schedulers when the app starts. */
export const EMAIL_SCHEDULES: Schedules = [];
