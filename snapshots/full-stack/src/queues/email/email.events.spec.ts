import { Mocked, TestBed } from '@suites/unit';
import { QueueMetrics } from '../queue-metrics.service';
import { EMAIL_QUEUE } from './email.constants';
import { EmailQueueEvents } from './email.events';

const QUEUE = EMAIL_QUEUE;

describe('EmailQueueEvents', () => {
  let events: EmailQueueEvents;
  let metrics: Mocked<QueueMetrics>;

  beforeEach(async () => {
    const { unit, unitRef } =
      await TestBed.solitary(EmailQueueEvents).compile();
    events = unit;
    metrics = unitRef.get(QueueMetrics);
  });

  it('counts the completed, failed and stalled jobs of its queue', () => {
    events.onCompleted();
    events.onFailed();
    events.onStalled();

    expect(metrics.record.mock.calls).toEqual([
      [QUEUE, 'completed'],
      [QUEUE, 'failed'],
      [QUEUE, 'stalled'],
    ]);
  });
});
