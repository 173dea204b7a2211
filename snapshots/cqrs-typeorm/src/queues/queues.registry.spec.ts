import { Mocked, TestBed } from '@suites/unit';
import { REPORTS_QUEUE } from './reports/reports.constants';
import { ReportsProducer } from './reports/reports.producer';
import { QueueMetrics } from './queue-metrics.service';
import { QueueCounts } from './queue.types';
import { QueueRegistry } from './queues.registry';

const QUEUE = REPORTS_QUEUE;

const COUNTS: QueueCounts = {
  waiting: 1,
  prioritized: 0,
  waitingChildren: 0,
  active: 2,
  delayed: 0,
  completed: 5,
  failed: 1,
  deadLetters: 1,
};

describe('QueueRegistry', () => {
  let registry: QueueRegistry;
  let producer: Mocked<ReportsProducer>;
  let metrics: Mocked<QueueMetrics>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(QueueRegistry).compile();
    registry = unit;
    producer = unitRef.get(ReportsProducer);
    metrics = unitRef.get(QueueMetrics);
  });

  it('names every queue of the app, in order', () => {
    expect(registry.names()).toEqual([REPORTS_QUEUE]);
  });

  it('finds a queue by name', () => {
    expect(registry.find(QUEUE)).toBe(producer);
  });

  it('has nothing for a name it does not know', async () => {
    expect(registry.find('no-such-queue')).toBeUndefined();
    await expect(registry.overview('no-such-queue')).resolves.toBeUndefined();
  });

  it('joins the counts from Redis and the events of this process', async () => {
    const events = { completed: 3, failed: 1, stalled: 0 };
    producer.counts.mockResolvedValue(COUNTS);
    metrics.snapshot.mockReturnValue(events);

    await expect(registry.overview(QUEUE)).resolves.toEqual({
      name: QUEUE,
      counts: COUNTS,
      events,
    });
    expect(metrics.snapshot).toHaveBeenCalledWith(QUEUE);
  });
});
