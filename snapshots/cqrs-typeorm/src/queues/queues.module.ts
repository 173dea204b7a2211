import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { EnvironmentVariables } from '../config/env.validation';
import { ReportsQueueModule } from './reports/reports-queue.module';
import { JOB_FLOW_PRODUCER, JobFlows } from './job-flows.service';
import { QueueMetrics } from './queue-metrics.service';
import { QueuesAdminController } from './queues-admin.controller';
import { QueuesHealthIndicator } from './queues.health';
import { QueueRegistry } from './queues.registry';
import { redisConnection } from './redis-connection';

/**
 * BullMQ for the whole app: one Redis connection config (REDIS_URL) and key prefix
 * (BULLMQ_PREFIX) for every queue, worker and flow. Global: the queues' producers
 * and JobFlows can be injected anywhere.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<EnvironmentVariables, true>) => ({
        connection: redisConnection(config.get('REDIS_URL', { infer: true })),
        prefix: config.get('BULLMQ_PREFIX', { infer: true }),
      }),
    }),
    BullModule.registerFlowProducer({ name: JOB_FLOW_PRODUCER }),
    TerminusModule,
    ReportsQueueModule,
  ],
  controllers: [QueuesAdminController],
  providers: [QueueMetrics, QueueRegistry, QueuesHealthIndicator, JobFlows],
  exports: [ReportsQueueModule, QueueMetrics, QueuesHealthIndicator, JobFlows],
})
export class QueuesModule {}
