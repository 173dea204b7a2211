import { ConfigService } from '@nestjs/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  EnvironmentVariables,
  validateEnv,
} from '../../src/config/env.validation';
import { connectNats } from '../../src/messaging/transports/nats.transport';
import { connectRabbitmq } from '../../src/messaging/transports/rabbitmq.transport';
import { createTestApp } from '../support/app';

/** The app's validated configuration with NODE_ENV=production and `env` set. */
function production(
  env: Record<string, string>,
): ConfigService<EnvironmentVariables, true> {
  return new ConfigService<EnvironmentVariables, true>({
    ...validateEnv({ ...process.env, NODE_ENV: 'production', ...env }),
  });
}

// The broker's own accounts are the boundary of service-to-service messages:
// in production main.ts refuses to serve on a broker anyone could reach.
describe('Brokers in production (e2e)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Connects as main.ts does and tells whether the app now serves on one more broker. */
  async function serves(
    connect: (
      app: NestFastifyApplication,
      config: ConfigService<EnvironmentVariables, true>,
    ) => void | Promise<void>,
    config: ConfigService<EnvironmentVariables, true>,
  ): Promise<boolean> {
    const before = app.getMicroservices().length;
    await connect(app, config);
    return app.getMicroservices().length === before + 1;
  }

  it('refuses NATS without a user or a token', async () => {
    const anonymous = production({
      NATS_USER: '',
      NATS_PASSWORD: '',
      NATS_TOKEN: '',
    });

    await expect(serves(connectNats, anonymous)).rejects.toThrow(
      'NATS_URL: set NATS_USER and NATS_PASSWORD (or NATS_TOKEN) in production',
    );
  });

  it('serves on NATS as its user or with a token', async () => {
    const asUser = production({
      NATS_USER: 'orders',
      NATS_PASSWORD: 'orders-password',
      NATS_TOKEN: '',
    });
    const withToken = production({ NATS_TOKEN: 'orders-token' });

    expect(await serves(connectNats, asUser)).toBe(true);
    expect(await serves(connectNats, withToken)).toBe(true);
  });

  it("refuses RabbitMQ's guest account", async () => {
    const guest = production({
      RABBITMQ_URL: 'amqp://guest:guest@127.0.0.1:5672',
    });

    await expect(serves(connectRabbitmq, guest)).rejects.toThrow(
      'RABBITMQ_URL: set a RabbitMQ user of its own in production',
    );
  });
});
