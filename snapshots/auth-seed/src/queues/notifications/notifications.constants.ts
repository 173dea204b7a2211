import { JobsOptions } from 'bullmq';
import { JobPayloadClasses, JobSchedule } from '../queue.types';
import { CleanupNotificationsJobDto } from './dto/cleanup-notifications-job.dto';
import { SendNotificationJobDto } from './dto/send-notification-job.dto';

/** The notifications queue, and where its jobs go once they spent every attempt. */
export const NOTIFICATIONS_QUEUE = 'notifications';
export const NOTIFICATIONS_DLQ = 'notifications-dlq';

/** Jobs one worker runs at the same time. */
export const NOTIFICATIONS_CONCURRENCY = 5;

/** The jobs of the notifications queue: job name → payload. */
export interface NotificationsJobData {
  'send-notification': SendNotificationJobDto;
  'cleanup-notifications': CleanupNotificationsJobDto;
}

type Payloads = JobPayloadClasses<NotificationsJobData>;
type Schedules = JobSchedule<NotificationsJobData>[];

/** Each job's payload class: payloads are validated before they are enqueued. */
export const NOTIFICATIONS_JOB_PAYLOADS: Payloads = {
  'send-notification': SendNotificationJobDto,
  'cleanup-notifications': CleanupNotificationsJobDto,
};

/** Retries with exponential backoff, and how long finished jobs are kept. */
export const NOTIFICATIONS_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 86_400, count: 1_000 },
  removeOnFail: { age: 604_800 },
};

/** Repeatable jobs, upserted as job schedulers when the app starts. */
export const NOTIFICATIONS_SCHEDULES: Schedules = [
  {
    name: 'cleanup-notifications',
    repeat: { pattern: '0 3 * * *' },
    data: {},
  },
];
