import {
  OnQueueEvent,
  QueueEventsHost,
  QueueEventsListener,
} from '@nestjs/bullmq';
import { QueueMetrics } from '../queue-metrics.service';
import { EMAIL_QUEUE } from './email.constants';

/** Counts the email queue's events (from every worker) for GET /admin/queues. */
@QueueEventsListener(EMAIL_QUEUE)
export class EmailQueueEvents extends QueueEventsHost {
  constructor(private readonly metrics: QueueMetrics) {
    super();
  }

  @OnQueueEvent('completed')
  onCompleted(): void {
    this.metrics.record(EMAIL_QUEUE, 'completed');
  }

  @OnQueueEvent('failed')
  onFailed(): void {
    this.metrics.record(EMAIL_QUEUE, 'failed');
  }

  @OnQueueEvent('stalled')
  onStalled(): void {
    this.metrics.record(EMAIL_QUEUE, 'stalled');
  }
}
