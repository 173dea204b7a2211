import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DeadLetter } from '../dead-letters';
import { QueueProducer } from '../queue-producer';
import {
  EMAIL_DLQ,
  EMAIL_JOB_PAYLOADS,
  EMAIL_QUEUE,
  EMAIL_SCHEDULES,
  EmailJobData,
} from './email.constants';

/**
 * Enqueues email jobs, their payloads validated first (add, addBulk, addDelayed,
 * addPrioritized, addOnce, schedule), and runs its dead letters again (redrive).
 */
@Injectable()
export class EmailProducer extends QueueProducer<EmailJobData> {
  constructor(
    @InjectQueue(EMAIL_QUEUE) queue: Queue,
    @InjectQueue(EMAIL_DLQ) deadLetters: Queue<DeadLetter>,
  ) {
    super(queue, deadLetters, EMAIL_JOB_PAYLOADS, EMAIL_SCHEDULES);
  }
}
