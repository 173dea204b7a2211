import { Mocked, TestBed } from '@suites/unit';
import { QueueMetrics } from '../queue-metrics.service';
import { EMAILS_QUEUE } from './emails.constants';
import { EmailsQueueEvents } from './emails.events';

const QUEUE = EMAILS_QUEUE;

describe('EmailsQueueEvents', () => {
  let events: EmailsQueueEvents;
  let metrics: Mocked<QueueMetrics>;

  beforeEach(async () => {
    const { unit, unitRef } =
      await TestBed.solitary(EmailsQueueEvents).compile();
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
