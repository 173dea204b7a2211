import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DeadLetter } from '../dead-letters';
import { QueueProducer } from '../queue-producer';
import {
  REPORTS_DLQ,
  REPORTS_JOB_PAYLOADS,
  REPORTS_QUEUE,
  REPORTS_SCHEDULES,
  ReportsJobData,
} from './reports.constants';

/**
 * Enqueues reports jobs, their payloads validated first (add, addBulk, addDelayed,
 * addPrioritized, addOnce, schedule), and runs its dead letters again (redrive).
 */
@Injectable()
export class ReportsProducer extends QueueProducer<ReportsJobData> {
  constructor(
    @InjectQueue(REPORTS_QUEUE) queue: Queue,
    @InjectQueue(REPORTS_DLQ) deadLetters: Queue<DeadLetter>,
  ) {
    super(queue, deadLetters, REPORTS_JOB_PAYLOADS, REPORTS_SCHEDULES);
  }
}
