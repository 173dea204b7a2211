import { Mocked, TestBed } from '@suites/unit';
import { QueueMetrics } from '../queue-metrics.service';
import { REPORTS_QUEUE } from './reports.constants';
import { ReportsQueueEvents } from './reports.events';

const QUEUE = REPORTS_QUEUE;

describe('ReportsQueueEvents', () => {
  let events: ReportsQueueEvents;
  let metrics: Mocked<QueueMetrics>;

  beforeEach(async () => {
    const { unit, unitRef } =
      await TestBed.solitary(ReportsQueueEvents).compile();
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
