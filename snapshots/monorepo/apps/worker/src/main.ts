import { NestFactory } from '@nestjs/core';
import { validateEnv } from './config/env.validation';
import { createLogger } from './logger';
import { WorkerModule } from './worker.module';

/** The worker: WorkerModule's providers and no HTTP server, until SIGTERM or SIGINT. */
async function bootstrap(): Promise<void> {
  const env = validateEnv(process.env);
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: createLogger(env),
  });
  // On a signal, Nest runs the shutdown hooks: running work finishes, then it exits.
  app.enableShutdownHooks();
}

void bootstrap();
