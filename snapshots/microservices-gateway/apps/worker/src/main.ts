import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** The worker: WorkerModule's providers and no HTTP server, until SIGTERM or SIGINT. */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // On a signal, Nest runs the shutdown hooks: running work finishes, then it exits.
  app.enableShutdownHooks();
}

void bootstrap();
