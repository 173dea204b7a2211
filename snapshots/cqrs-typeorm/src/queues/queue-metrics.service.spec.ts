import { TestBed } from '@suites/unit';
import { QueueMetrics } from './queue-metrics.service';

describe('QueueMetrics', () => {
  let metrics: QueueMetrics;

  beforeEach(async () => {
    const { unit } = await TestBed.solitary(QueueMetrics).compile();
    metrics = unit;
  });

  it('starts every queue at zero', () => {
    expect(metrics.snapshot('email')).toEqual({
      completed: 0,
      failed: 0,
      stalled: 0,
    });
  });

  it('counts each event per queue', () => {
    metrics.record('email', 'completed');
    metrics.record('email', 'completed');
    metrics.record('email', 'failed');
    metrics.record('reports', 'stalled');

    expect(metrics.snapshot('email')).toEqual({
      completed: 2,
      failed: 1,
      stalled: 0,
    });
    expect(metrics.snapshot('reports').stalled).toBe(1);
  });

  it('hands out copies that do not change the counts', () => {
    metrics.snapshot('email').completed = 99;

    expect(metrics.snapshot('email').completed).toBe(0);
  });
});
