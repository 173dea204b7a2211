import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DeadLetter } from '../dead-letters';
import { QueueProducer } from '../queue-producer';
import {
  NOTIFICATIONS_DLQ,
  NOTIFICATIONS_JOB_PAYLOADS,
  NOTIFICATIONS_QUEUE,
  NOTIFICATIONS_SCHEDULES,
  NotificationsJobData,
} from './notifications.constants';

/**
 * Enqueues notifications jobs, their payloads validated first (add, addBulk, addDelayed,
 * addPrioritized, addOnce, schedule), and runs its dead letters again (redrive).
 */
@Injectable()
export class NotificationsProducer extends QueueProducer<NotificationsJobData> {
  constructor(
    @InjectQueue(NOTIFICATIONS_QUEUE) queue: Queue,
    @InjectQueue(NOTIFICATIONS_DLQ) deadLetters: Queue<DeadLetter>,
  ) {
    super(
      queue,
      deadLetters,
      NOTIFICATIONS_JOB_PAYLOADS,
      NOTIFICATIONS_SCHEDULES,
    );
  }
}
