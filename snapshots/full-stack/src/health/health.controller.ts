import { Controller, Get } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { QueuesHealthIndicator } from '../queues/queues.health';
import { RedisHealthIndicator } from '../redis/redis.health';

/** Liveness and readiness of the app and of every backing service it uses. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly queues: QueuesHealthIndicator,
  ) {}

  @Get()
  @SkipThrottle()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.database.pingCheck('database'),
      () => this.redis.isHealthy('redis'),
      () => this.queues.isHealthy('queues'),
      // nestgen:checks — generated above; add your checks below this line
    ]);
  }
}
