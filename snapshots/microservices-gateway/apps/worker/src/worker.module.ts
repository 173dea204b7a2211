import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import { EnvironmentVariables, validateEnv } from './config/env.validation';
import { Heartbeat } from './heartbeat/heartbeat';
import { logOptions } from './logging/log-options';
// nestgen:imports — generated above; add your imports below this line

/** The worker process: background work, no HTTP server (see main.ts). */
@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      cache: true,
      validate: validateEnv,
    }),
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<EnvironmentVariables, true>) => ({
        pinoHttp: logOptions(config.get('LOG_LEVEL', { infer: true })),
      }),
    }),
    // nestgen:modules — generated above; add your modules below this line
  ],
  providers: [
    Heartbeat,
    // nestgen:providers — generated above; add your providers below this line
  ],
})
export class WorkerModule {}
