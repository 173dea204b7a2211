import { JobsOptions } from 'bullmq';
import { JobPayloadClasses, JobSchedule } from '../queue.types';
import { ProcessReportsJobDto } from './dto/process-reports-job.dto';

/** The reports queue, and where its jobs go once they spent every attempt. */
export const REPORTS_QUEUE = 'reports';
export const REPORTS_DLQ = 'reports-dlq';

/** Jobs one worker runs at the same time. */
export const REPORTS_CONCURRENCY = 1;

/** The jobs of the reports queue: job name → payload. */
export interface ReportsJobData {
  'process-reports': ProcessReportsJobDto;
}

type Payloads = JobPayloadClasses<ReportsJobData>;
type Schedules = JobSchedule<ReportsJobData>[];

/** Each job's payload class: payloads are validated before they are enqueued. */
export const REPORTS_JOB_PAYLOADS: Payloads = {
  'process-reports': ProcessReportsJobDto,
};

/** Retries with exponential backoff, and how long finished jobs are kept. */
export const REPORTS_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 86_400, count: 1_000 },
  removeOnFail: { age: 604_800 },
};

/** Repeatable jobs, upserted as job schedulers when the app starts. */
export const REPORTS_SCHEDULES: Schedules = [];
