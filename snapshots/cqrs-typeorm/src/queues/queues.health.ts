import { Injectable } from '@nestjs/common';
import {
  HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { QueueRegistry } from './queues.registry';

/** How long /health waits for Redis before it reports the queues down. */
export const QUEUES_HEALTH_TIMEOUT_MS = 3_000;

/** Up when every queue answers from Redis in time; reports waiting, failed and dead jobs. */
@Injectable()
export class QueuesHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly registry: QueueRegistry,
  ) {}

  async isHealthy<const Key extends string>(
    key: Key,
  ): Promise<HealthIndicatorResult<Key>> {
    return this.health
      .check(key)
      .attempt(async () => {
        const overviews = await this.registry.overviews();
        return Object.fromEntries(
          overviews.map(({ name, counts }) => [
            name,
            {
              waiting: counts.waiting,
              active: counts.active,
              failed: counts.failed,
              deadLetters: counts.deadLetters,
            },
          ]),
        );
      })
      .withTimeout(QUEUES_HEALTH_TIMEOUT_MS);
  }
}
