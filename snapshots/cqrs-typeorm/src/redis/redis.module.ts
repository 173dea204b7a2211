import {
  Global,
  Inject,
  Logger,
  Module,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import Redis from 'ioredis';
import { CacheService } from './cache.service';
import { PubSubService } from './pubsub.service';
import { RedisLockService } from './redis-lock.service';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import {
  REDIS_CLIENT,
  REDIS_MODULE_OPTIONS,
  REDIS_SUBSCRIBER,
} from './redis.constants';
import { RedisHealthIndicator } from './redis.health';
import { RedisModuleOptions, redisModuleOptions } from './redis.options';
import { SessionService } from './session.service';

const logger = new Logger('Redis');

function connect(
  options: RedisModuleOptions,
  role: 'client' | 'subscriber',
): Redis {
  const connection = new Redis(options.url, {
    connectionName: `${options.keyPrefix}:${role}`,
    maxRetriesPerRequest: 3,
  });
  connection.on('error', (error: Error) =>
    logger.warn(`${role} connection: ${error.message}`),
  );
  return connection;
}

async function close(connection: Redis): Promise<void> {
  if (connection.status === 'ready') {
    await connection.quit();
  } else {
    connection.disconnect();
  }
}

/** One Redis for the whole app: two connections, closed on shutdown. */
@Global()
@Module({
  imports: [TerminusModule],
  providers: [
    {
      provide: REDIS_MODULE_OPTIONS,
      inject: [ConfigService],
      useFactory: redisModuleOptions,
    },
    {
      provide: REDIS_CLIENT,
      inject: [REDIS_MODULE_OPTIONS],
      useFactory: (options: RedisModuleOptions) => connect(options, 'client'),
    },
    {
      provide: REDIS_SUBSCRIBER,
      inject: [REDIS_MODULE_OPTIONS],
      useFactory: (options: RedisModuleOptions) =>
        connect(options, 'subscriber'),
    },
    CacheService,
    PubSubService,
    RedisHealthIndicator,
    RedisLockService,
    RedisThrottlerStorage,
    SessionService,
  ],
  exports: [
    REDIS_CLIENT,
    REDIS_MODULE_OPTIONS,
    CacheService,
    PubSubService,
    RedisHealthIndicator,
    RedisLockService,
    RedisThrottlerStorage,
    SessionService,
  ],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS_CLIENT) private readonly client: Redis,
    @Inject(REDIS_SUBSCRIBER) private readonly subscriber: Redis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([close(this.subscriber), close(this.client)]);
  }
}
