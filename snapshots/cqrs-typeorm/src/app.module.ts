import { Module, ValidationPipe } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import {
  ThrottlerGuard,
  ThrottlerModule,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from './auth/auth.module';
import { ProblemDetailsFilter } from './common/filters/problem-details.filter';
import { ObjectBodyPipe } from './common/pipes/object-body.pipe';
import { EnvironmentVariables, validateEnv } from './config/env.validation';
import { CqrsCoreModule } from './cqrs/cqrs-core.module';
import { DatabaseErrorsInterceptor } from './database/database-errors.interceptor';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { httpLoggerParams } from './logging/http-logger';
import { MailModule } from './mail/mail.module';
import { ProjectsModule } from './projects/projects.module';
import { QueuesModule } from './queues/queues.module';
import { RedisThrottlerStorage } from './redis/redis-throttler.storage';
import { RedisModule } from './redis/redis.module';
import { TasksModule } from './tasks/tasks.module';
import { UsersModule } from './users/users.module';
// nestgen:imports — generated above; add your imports below this line

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      cache: true,
      validate: validateEnv,
    }),
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<EnvironmentVariables, true>) =>
        httpLoggerParams(config.get('LOG_LEVEL', { infer: true })),
    }),
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<EnvironmentVariables, true>) => [
        {
          ttl: config.get('THROTTLE_TTL_MS', { infer: true }),
          limit: config.get('THROTTLE_LIMIT', { infer: true }),
        },
      ],
    }),
    HealthModule,
    DatabaseModule,
    UsersModule,
    ProjectsModule,
    TasksModule,
    RedisModule,
    QueuesModule,
    MailModule,
    AuthModule,
    CqrsModule.forRoot(),
    CqrsCoreModule,
    // nestgen:modules — generated above; add your modules below this line
  ],
  providers: [
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_PIPE, useClass: ObjectBodyPipe },
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({
        whitelist: true,
        forbidNonWhitelisted: true,
        transform: true,
      }),
    },
    { provide: APP_INTERCEPTOR, useClass: DatabaseErrorsInterceptor },
    { provide: ThrottlerStorage, useExisting: RedisThrottlerStorage },
    // nestgen:providers — generated above; add your providers below this line
  ],
})
export class AppModule {}
