import { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EnvironmentVariables } from '../../src/config/env.validation';
import { createTestApp, TestAppOptions } from '../support/app';

type Connect = (
  app: INestApplication,
  config: ConfigService<EnvironmentVariables, true>,
) => void | Promise<void>;

/** The test app serving its handlers over one broker, as main.ts does. */
export async function createBrokerApp(
  connect: Connect,
  options: TestAppOptions = {},
): Promise<NestFastifyApplication> {
  const app = await createTestApp(options);
  await connect(app, app.get(ConfigService));
  await app.startAllMicroservices();
  return app;
}

/** What `probe` finds, once it finds something (polls for up to 10 s). */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = await probe();
    if (found !== undefined) {
      return found;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
