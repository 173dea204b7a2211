import {
  OnQueueEvent,
  QueueEventsHost,
  QueueEventsListener,
} from '@nestjs/bullmq';
import { QueueMetrics } from '../queue-metrics.service';
import { REPORTS_QUEUE } from './reports.constants';

/** Counts the reports queue's events (from every worker) for GET /admin/queues. */
@QueueEventsListener(REPORTS_QUEUE)
export class ReportsQueueEvents extends QueueEventsHost {
  constructor(private readonly metrics: QueueMetrics) {
    super();
  }

  @OnQueueEvent('completed')
  onCompleted(): void {
    this.metrics.record(REPORTS_QUEUE, 'completed');
  }

  @OnQueueEvent('failed')
  onFailed(): void {
    this.metrics.record(REPORTS_QUEUE, 'failed');
  }

  @OnQueueEvent('stalled')
  onStalled(): void {
    this.metrics.record(REPORTS_QUEUE, 'stalled');
  }
}
