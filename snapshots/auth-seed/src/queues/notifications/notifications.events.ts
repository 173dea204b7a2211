import {
  OnQueueEvent,
  QueueEventsHost,
  QueueEventsListener,
} from '@nestjs/bullmq';
import { QueueMetrics } from '../queue-metrics.service';
import { NOTIFICATIONS_QUEUE } from './notifications.constants';

/** Counts the notifications queue's events (from every worker) for GET /admin/queues. */
@QueueEventsListener(NOTIFICATIONS_QUEUE)
export class NotificationsQueueEvents extends QueueEventsHost {
  constructor(private readonly metrics: QueueMetrics) {
    super();
  }

  @OnQueueEvent('completed')
  onCompleted(): void {
    this.metrics.record(NOTIFICATIONS_QUEUE, 'completed');
  }

  @OnQueueEvent('failed')
  onFailed(): void {
    this.metrics.record(NOTIFICATIONS_QUEUE, 'failed');
  }

  @OnQueueEvent('stalled')
  onStalled(): void {
    this.metrics.record(NOTIFICATIONS_QUEUE, 'stalled');
  }
}
