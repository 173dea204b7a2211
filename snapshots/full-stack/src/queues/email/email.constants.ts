import { JobsOptions } from 'bullmq';
import { JobPayloadClasses, JobSchedule } from '../queue.types';
import { SendReceiptJobDto } from './dto/send-receipt-job.dto';

/** The email queue, and where its jobs go once they spent every attempt. */
export const EMAIL_QUEUE = 'email';
export const EMAIL_DLQ = 'email-dlq';

/** Jobs one worker runs at the same time. */
export const EMAIL_CONCURRENCY = 2;

/** The jobs of the email queue: job name → payload. */
export interface EmailJobData {
  'send-receipt': SendReceiptJobDto;
}

type Payloads = JobPayloadClasses<EmailJobData>;
type Schedules = JobSchedule<EmailJobData>[];

/** Each job's payload class: payloads are validated before they are enqueued. */
export const EMAIL_JOB_PAYLOADS: Payloads = {
  'send-receipt': SendReceiptJobDto,
};

/** Retries with exponential backoff, and how long finished jobs are kept. */
export const EMAIL_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 86_400, count: 1_000 },
  removeOnFail: { age: 604_800 },
};

/** Repeatable jobs, upserted as job schedulers when the app starts. */
export const EMAIL_SCHEDULES: Schedules = [];
