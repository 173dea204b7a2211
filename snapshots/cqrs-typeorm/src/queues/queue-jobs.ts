import { JobsOptions } from 'bullmq';
import {
  REPORTS_JOB_OPTIONS,
  REPORTS_JOB_PAYLOADS,
  REPORTS_QUEUE,
  ReportsJobData,
} from './reports/reports.constants';
import { JobPayloadClasses } from './queue.types';

/** Every queue's jobs: queue name → job name → payload. */
export interface QueueJobData {
  [REPORTS_QUEUE]: ReportsJobData;
}

export type QueueName = keyof QueueJobData;

export const QUEUE_JOB_PAYLOADS: {
  [Q in QueueName]: JobPayloadClasses<QueueJobData[Q]>;
} = {
  [REPORTS_QUEUE]: REPORTS_JOB_PAYLOADS,
};

export const QUEUE_JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  [REPORTS_QUEUE]: REPORTS_JOB_OPTIONS,
};
