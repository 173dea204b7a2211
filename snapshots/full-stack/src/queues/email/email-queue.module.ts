import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { EMAIL_DLQ, EMAIL_JOB_OPTIONS, EMAIL_QUEUE } from './email.constants';
import { EmailQueueEvents } from './email.events';
import { EmailJobHandlers } from './email.handlers';
import { EmailProcessor } from './email.processor';
import { EmailProducer } from './email.producer';

/** The email queue and its dead-letter queue, worker and event listener. */
@Module({
  imports: [
    BullModule.registerQueue(
      {
        name: EMAIL_QUEUE,
        defaultJobOptions: EMAIL_JOB_OPTIONS,
      },
      { name: EMAIL_DLQ },
    ),
  ],
  providers: [
    EmailProducer,
    EmailProcessor,
    EmailJobHandlers,
    EmailQueueEvents,
  ],
  exports: [EmailProducer],
})
export class EmailQueueModule {}
