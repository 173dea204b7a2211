import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Channel, ChannelModel, connect } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { validateEnv } from '../../src/config/env.validation';
import { BrokerClients } from '../../src/messaging/broker-clients';
import { PING, Pong, pattern } from '../../src/messaging/messaging.patterns';
import {
  connectRabbitmq,
  deadLetters,
} from '../../src/messaging/transports/rabbitmq.transport';
import { createBrokerApp, eventually } from './broker-app';
import { expectEntityEventsBack } from './integration-events';

describe('RabbitMQ transport (e2e, real RabbitMQ)', () => {
  const env = validateEnv(process.env);
  let app: NestFastifyApplication;
  let clients: BrokerClients;
  let connection: ChannelModel;
  let channel: Channel;

  beforeAll(async () => {
    app = await createBrokerApp(connectRabbitmq);
    clients = app.get(BrokerClients);
    connection = await connect(env.RABBITMQ_URL);
    channel = await connection.createChannel();
  });

  afterAll(async () => {
    await connection?.close();
    await app?.close();
  });

  it('answers a request over RabbitMQ', async () => {
    const pong = await clients.send<Pong>('rabbitmq', PING, {});

    expect(pong).toEqual({
      service: 'microservices-typeorm',
      at: expect.any(String) as string,
    });
  });

  it('consumes a durable queue that dead-letters into its exchange', async () => {
    const queue = await channel.checkQueue(env.RABBITMQ_QUEUE);

    expect(queue.queue).toBe(env.RABBITMQ_QUEUE);
    // Declaring it again with other arguments is refused: these are its own.
    await expect(
      channel.assertQueue(env.RABBITMQ_QUEUE, {
        durable: true,
        deadLetterExchange: deadLetters(env.RABBITMQ_QUEUE).exchange,
      }),
    ).resolves.toMatchObject({ queue: env.RABBITMQ_QUEUE });
  });

  it('moves an event nobody handles to the dead-letter queue', async () => {
    const id = randomUUID();
    const unhandled = pattern('nobody.listens');

    await clients.emit('rabbitmq', unhandled, { id });

    const dead = await eventually(async () => {
      const message = await channel.get(deadLetters(env.RABBITMQ_QUEUE).queue);
      if (message === false) {
        return undefined;
      }
      channel.ack(message);
      const body = JSON.parse(message.content.toString()) as {
        pattern: string;
        data: { id: string };
      };
      return body.data.id === id ? body : undefined;
    }, 'the dead letter');
    expect(dead).toEqual({ pattern: unhandled, data: { id } });
  });

  it('sends product writes out as events, received by @EventPattern', async () => {
    await expectEntityEventsBack(app);
  });
});
