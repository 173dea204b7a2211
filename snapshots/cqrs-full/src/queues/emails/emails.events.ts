import {
  OnQueueEvent,
  QueueEventsHost,
  QueueEventsListener,
} from '@nestjs/bullmq';
import { QueueMetrics } from '../queue-metrics.service';
import { EMAILS_QUEUE } from './emails.constants';

/** Counts the emails queue's events (from every worker) for GET /admin/queues. */
@QueueEventsListener(EMAILS_QUEUE)
export class EmailsQueueEvents extends QueueEventsHost {
  constructor(private readonly metrics: QueueMetrics) {
    super();
  }

  @OnQueueEvent('completed')
  onCompleted(): void {
    this.metrics.record(EMAILS_QUEUE, 'completed');
  }

  @OnQueueEvent('failed')
  onFailed(): void {
    this.metrics.record(EMAILS_QUEUE, 'failed');
  }

  @OnQueueEvent('stalled')
  onStalled(): void {
    this.metrics.record(EMAILS_QUEUE, 'stalled');
  }
}
