import { JobsOptions } from 'bullmq';
import {
  EMAILS_JOB_OPTIONS,
  EMAILS_JOB_PAYLOADS,
  EMAILS_QUEUE,
  EmailsJobData,
} from './emails/emails.constants';
import { JobPayloadClasses } from './queue.types';

/** Every queue's jobs: queue name → job name → payload. */
export interface QueueJobData {
  [EMAILS_QUEUE]: EmailsJobData;
}

export type QueueName = keyof QueueJobData;

export const QUEUE_JOB_PAYLOADS: {
  [Q in QueueName]: JobPayloadClasses<QueueJobData[Q]>;
} = {
  [EMAILS_QUEUE]: EMAILS_JOB_PAYLOADS,
};

export const QUEUE_JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  [EMAILS_QUEUE]: EMAILS_JOB_OPTIONS,
};
