import { JobsOptions } from 'bullmq';
import {
  NOTIFICATIONS_JOB_OPTIONS,
  NOTIFICATIONS_JOB_PAYLOADS,
  NOTIFICATIONS_QUEUE,
  NotificationsJobData,
} from './notifications/notifications.constants';
import { JobPayloadClasses } from './queue.types';

/** Every queue's jobs: queue name → job name → payload. */
export interface QueueJobData {
  [NOTIFICATIONS_QUEUE]: NotificationsJobData;
}

export type QueueName = keyof QueueJobData;

export const QUEUE_JOB_PAYLOADS: {
  [Q in QueueName]: JobPayloadClasses<QueueJobData[Q]>;
} = {
  [NOTIFICATIONS_QUEUE]: NOTIFICATIONS_JOB_PAYLOADS,
};

export const QUEUE_JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  [NOTIFICATIONS_QUEUE]: NOTIFICATIONS_JOB_OPTIONS,
};
