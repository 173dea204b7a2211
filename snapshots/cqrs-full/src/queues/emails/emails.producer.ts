import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DeadLetter } from '../dead-letters';
import { QueueProducer } from '../queue-producer';
import {
  EMAILS_DLQ,
  EMAILS_JOB_PAYLOADS,
  EMAILS_QUEUE,
  EMAILS_SCHEDULES,
  EmailsJobData,
} from './emails.constants';

/**
 * Enqueues emails jobs, their payloads validated first (add, addBulk, addDelayed,
 * addPrioritized, addOnce, schedule), and runs its dead letters again (redrive).
 */
@Injectable()
export class EmailsProducer extends QueueProducer<EmailsJobData> {
  constructor(
    @InjectQueue(EMAILS_QUEUE) queue: Queue,
    @InjectQueue(EMAILS_DLQ) deadLetters: Queue<DeadLetter>,
  ) {
    super(queue, deadLetters, EMAILS_JOB_PAYLOADS, EMAILS_SCHEDULES);
  }
}
