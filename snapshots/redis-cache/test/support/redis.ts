import { Type } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type Redis from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppModule } from '../../src/app.module';
import {
  configureApp,
  createFastifyAdapter,
  createLogger,
} from '../../src/app.setup';
import { validateEnv } from '../../src/config/env.validation';

/** The whole app as main.ts builds it, plus test-only controllers. */
export async function createAppWith(
  ...controllers: Type[]
): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule],
    controllers,
  }).compile();
  const env = validateEnv(process.env);
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    createFastifyAdapter(env),
    { logger: createLogger(env) },
  );
  await configureApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** Polls `check` until it holds; fails after `timeoutMs`. */
export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`Condition not met within ${timeoutMs} ms`);
    }
    await sleep(20);
  }
}

/** How many client connections Redis knows by this name. */
export async function clientsNamed(
  redis: Redis,
  name: string,
): Promise<number> {
  const list = String(await redis.client('LIST'));
  return list
    .split('\n')
    .filter((line) => line.split(' ').includes(`name=${name}`)).length;
}
