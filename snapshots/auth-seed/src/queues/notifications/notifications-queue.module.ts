import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import {
  NOTIFICATIONS_DLQ,
  NOTIFICATIONS_JOB_OPTIONS,
  NOTIFICATIONS_QUEUE,
} from './notifications.constants';
import { NotificationsQueueEvents } from './notifications.events';
import { NotificationsJobHandlers } from './notifications.handlers';
import { NotificationsProcessor } from './notifications.processor';
import { NotificationsProducer } from './notifications.producer';

/** The notifications queue and its dead-letter queue, worker and event listener. */
@Module({
  imports: [
    BullModule.registerQueue(
      {
        name: NOTIFICATIONS_QUEUE,
        defaultJobOptions: NOTIFICATIONS_JOB_OPTIONS,
      },
      { name: NOTIFICATIONS_DLQ },
    ),
  ],
  providers: [
    NotificationsProducer,
    NotificationsProcessor,
    NotificationsJobHandlers,
    NotificationsQueueEvents,
  ],
  exports: [NotificationsProducer],
})
export class NotificationsQueueModule {}
