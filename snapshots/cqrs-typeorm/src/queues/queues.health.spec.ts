import { HealthIndicatorService } from '@nestjs/terminus';
import { Mocked, TestBed } from '@suites/unit';
import { QueuesHealthIndicator } from './queues.health';
import { QueueRegistry } from './queues.registry';

describe('QueuesHealthIndicator (sociable: real HealthIndicatorService)', () => {
  let indicator: QueuesHealthIndicator;
  let registry: Mocked<QueueRegistry>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.sociable(QueuesHealthIndicator)
      .expose(HealthIndicatorService)
      .compile();
    indicator = unit;
    registry = unitRef.get(QueueRegistry);
  });

  it('is up, with the waiting, active, failed and dead jobs per queue', async () => {
    registry.overviews.mockResolvedValue([
      {
        name: 'email',
        counts: {
          waiting: 4,
          prioritized: 0,
          waitingChildren: 0,
          active: 1,
          delayed: 2,
          completed: 9,
          failed: 3,
          deadLetters: 2,
        },
        events: { completed: 9, failed: 3, stalled: 0 },
      },
    ]);

    const result = await indicator.isHealthy('queues');

    expect(result.queues).toMatchObject({
      status: 'up',
      email: { waiting: 4, active: 1, failed: 3, deadLetters: 2 },
    });
  });

  it('is down when Redis does not answer', async () => {
    registry.overviews.mockRejectedValue(new Error('ECONNREFUSED'));

    const result = await indicator.isHealthy('queues');

    expect(result.queues.status).toBe('down');
  });
});
