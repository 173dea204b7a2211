import { INestApplicationContext } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { EnvironmentVariables } from '../src/config/env.validation';
import { WorkerModule } from '../src/worker.module';

describe('Worker (e2e)', () => {
  let worker: INestApplicationContext;
  let heartbeatFile: string;

  beforeAll(async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule, {
      logger: false,
    });
    const config: ConfigService<EnvironmentVariables, true> =
      worker.get(ConfigService);
    heartbeatFile = config.get('HEARTBEAT_FILE', { infer: true });
  });

  afterAll(async () => {
    await worker.close();
  });

  it('starts without an HTTP server and reports itself alive', async () => {
    const { mtimeMs } = await stat(heartbeatFile);

    expect(Date.now() - mtimeMs).toBeLessThan(5_000);
  });

  it('stops reporting itself alive once shut down', async () => {
    await worker.close();

    expect(existsSync(heartbeatFile)).toBe(false);
  });
});
