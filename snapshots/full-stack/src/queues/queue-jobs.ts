import { JobsOptions } from 'bullmq';
import {
  EMAIL_JOB_OPTIONS,
  EMAIL_JOB_PAYLOADS,
  EMAIL_QUEUE,
  EmailJobData,
} from './email/email.constants';
import { JobPayloadClasses } from './queue.types';

/** Every queue's jobs: queue name → job name → payload. */
export interface QueueJobData {
  [EMAIL_QUEUE]: EmailJobData;
}

export type QueueName = keyof QueueJobData;

export const QUEUE_JOB_PAYLOADS: {
  [Q in QueueName]: JobPayloadClasses<QueueJobData[Q]>;
} = {
  [EMAIL_QUEUE]: EMAIL_JOB_PAYLOADS,
};

export const QUEUE_JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  [EMAIL_QUEUE]: EMAIL_JOB_OPTIONS,
};
