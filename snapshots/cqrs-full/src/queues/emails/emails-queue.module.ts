import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import {
  EMAILS_DLQ,
  EMAILS_JOB_OPTIONS,
  EMAILS_QUEUE,
} from './emails.constants';
import { EmailsQueueEvents } from './emails.events';
import { EmailsJobHandlers } from './emails.handlers';
import { EmailsProcessor } from './emails.processor';
import { EmailsProducer } from './emails.producer';

/** The emails queue and its dead-letter queue, worker and event listener. */
@Module({
  imports: [
    BullModule.registerQueue(
      {
        name: EMAILS_QUEUE,
        defaultJobOptions: EMAILS_JOB_OPTIONS,
      },
      { name: EMAILS_DLQ },
    ),
  ],
  providers: [
    EmailsProducer,
    EmailsProcessor,
    EmailsJobHandlers,
    EmailsQueueEvents,
  ],
  exports: [EmailsProducer],
})
export class EmailsQueueModule {}
