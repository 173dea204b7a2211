import { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { RmqOptions, Transport } from '@nestjs/microservices';
import { connect } from 'amqplib';
import { EnvironmentVariables } from '../../config/env.validation';

/** Where messages of a queue go when a handler fails. */
export interface DeadLetters {
  exchange: string;
  queue: string;
}

/** The dead-letter exchange of `queue` and the queue that keeps what it receives. */
export function deadLetters(queue: string): DeadLetters {
  return { exchange: `${queue}.dlx`, queue: `${queue}.dead-letter` };
}

/**
 * RabbitMQ at RABBITMQ_URL, on the durable RABBITMQ_QUEUE. Messages persist and
 * are acknowledged by hand (RabbitmqAckInterceptor): an event whose handler
 * fails is rejected into the queue's dead-letter exchange. The server and every
 * client declare the queue alike, as RabbitMQ requires.
 */
export function rabbitmqOptions(
  config: ConfigService<EnvironmentVariables, true>,
): RmqOptions {
  const queue = config.get('RABBITMQ_QUEUE', { infer: true });
  return {
    transport: Transport.RMQ,
    options: {
      urls: [config.get('RABBITMQ_URL', { infer: true })],
      queue,
      queueOptions: {
        durable: true,
        deadLetterExchange: deadLetters(queue).exchange,
      },
      noAck: false,
      persistent: true,
      prefetchCount: 10,
    },
  };
}

/**
 * The same queue for clients. They consume only their replies, from RabbitMQ's
 * direct reply-to queue, which delivers without acknowledgements.
 */
export function rabbitmqClientOptions(
  config: ConfigService<EnvironmentVariables, true>,
): RmqOptions {
  const server = rabbitmqOptions(config);
  return { ...server, options: { ...server.options, noAck: true } };
}

/** Declares the dead-letter exchange and the queue that keeps what it receives. */
export async function assertDeadLetters(
  url: string,
  queue: string,
): Promise<void> {
  const dead = deadLetters(queue);
  const connection = await connect(url);
  try {
    const channel = await connection.createChannel();
    await channel.assertExchange(dead.exchange, 'fanout', { durable: true });
    await channel.assertQueue(dead.queue, { durable: true });
    await channel.bindQueue(dead.queue, dead.exchange, '');
  } finally {
    await connection.close();
  }
}

/**
 * Production refuses RabbitMQ's well-known guest account (and a URL without a
 * user, which amqplib turns into guest): anyone who reaches the broker could
 * send this service requests and events.
 */
export function refuseGuestInProduction(
  url: string,
  nodeEnv: EnvironmentVariables['NODE_ENV'],
): void {
  const user = decodeURIComponent(new URL(url).username) || 'guest';
  if (nodeEnv === 'production' && user === 'guest') {
    throw new Error(
      'RABBITMQ_URL: set a RabbitMQ user of its own in production, not guest',
    );
  }
}

/** Serves the app's message and event handlers over RabbitMQ too (a hybrid app). */
export async function connectRabbitmq(
  app: INestApplication,
  config: ConfigService<EnvironmentVariables, true>,
): Promise<void> {
  refuseGuestInProduction(
    config.get('RABBITMQ_URL', { infer: true }),
    config.get('NODE_ENV', { infer: true }),
  );
  await assertDeadLetters(
    config.get('RABBITMQ_URL', { infer: true }),
    config.get('RABBITMQ_QUEUE', { infer: true }),
  );
  app.connectMicroservice<RmqOptions>(rabbitmqOptions(config));
}
