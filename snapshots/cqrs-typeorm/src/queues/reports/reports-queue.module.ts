import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import {
  REPORTS_DLQ,
  REPORTS_JOB_OPTIONS,
  REPORTS_QUEUE,
} from './reports.constants';
import { ReportsQueueEvents } from './reports.events';
import { ReportsJobHandlers } from './reports.handlers';
import { ReportsProcessor } from './reports.processor';
import { ReportsProducer } from './reports.producer';

/** The reports queue and its dead-letter queue, worker and event listener. */
@Module({
  imports: [
    BullModule.registerQueue(
      {
        name: REPORTS_QUEUE,
        defaultJobOptions: REPORTS_JOB_OPTIONS,
      },
      { name: REPORTS_DLQ },
    ),
  ],
  providers: [
    ReportsProducer,
    ReportsProcessor,
    ReportsJobHandlers,
    ReportsQueueEvents,
  ],
  exports: [ReportsProducer],
})
export class ReportsQueueModule {}
