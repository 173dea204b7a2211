import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { validateEnv } from './config/env.validation';
import { Heartbeat } from './heartbeat/heartbeat';
// nestgen:imports — generated above; add your imports below this line

/** The worker process: background work, no HTTP server (see main.ts). */
@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      cache: true,
      validate: validateEnv,
    }),
    // nestgen:modules — generated above; add your modules below this line
  ],
  providers: [
    Heartbeat,
    // nestgen:providers — generated above; add your providers below this line
  ],
})
export class WorkerModule {}
