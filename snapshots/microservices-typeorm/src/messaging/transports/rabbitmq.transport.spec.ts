import { ConfigService } from '@nestjs/config';
import { EnvironmentVariables } from '../../config/env.validation';
import {
  rabbitmqClientOptions,
  rabbitmqOptions,
  refuseGuestInProduction,
} from './rabbitmq.transport';

function configOf(
  values: Partial<EnvironmentVariables>,
): ConfigService<EnvironmentVariables, true> {
  return {
    get: (key: keyof EnvironmentVariables) => values[key],
  } as unknown as ConfigService<EnvironmentVariables, true>;
}

describe('RabbitMQ transport', () => {
  const config = configOf({
    RABBITMQ_URL: 'amqp://user:secret@rabbitmq:5672',
    RABBITMQ_QUEUE: 'orders',
  });

  it('consumes a durable queue that dead-letters into <queue>.dlx, acking by hand', () => {
    expect(rabbitmqOptions(config).options).toMatchObject({
      urls: ['amqp://user:secret@rabbitmq:5672'],
      queue: 'orders',
      queueOptions: { durable: true, deadLetterExchange: 'orders.dlx' },
      noAck: false,
      persistent: true,
    });
  });

  it('declares the same queue for clients, which read replies without acks', () => {
    const client = rabbitmqClientOptions(config).options;

    expect(client).toMatchObject({
      queue: 'orders',
      queueOptions: rabbitmqOptions(config).options?.queueOptions,
      noAck: true,
    });
  });

  it('refuses the guest account in production, named or implied', () => {
    for (const url of [
      'amqp://guest:guest@rabbitmq:5672',
      'amqp://rabbitmq:5672',
    ]) {
      expect(() => refuseGuestInProduction(url, 'production')).toThrow(
        'RABBITMQ_URL: set a RabbitMQ user of its own in production',
      );
    }
  });

  it('accepts guest outside production and an own user in production', () => {
    expect(() =>
      refuseGuestInProduction(
        'amqp://guest:guest@127.0.0.1:5672',
        'development',
      ),
    ).not.toThrow();
    expect(() =>
      refuseGuestInProduction('amqp://user:secret@rabbitmq:5672', 'production'),
    ).not.toThrow();
  });
});
