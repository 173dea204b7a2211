import { connect as connectNats } from '@nats-io/transport-node';
import { connect as connectAmqp } from 'amqplib';
import { validateEnv } from '../../src/config/env.validation';
import { deadLetters } from '../../src/messaging/transports/rabbitmq.transport';

/**
 * Each run talks on brokers under names of its own: a subject, routing key,
 * channel and topic namespace, a RabbitMQ queue, a NATS queue group.
 * Requests wait briefly, so a timeout test does not take long.
 */
export async function setupMessaging(): Promise<void> {
  const run = `e2e-${process.env.E2E_RUN_ID}`;
  process.env.MESSAGING_NAMESPACE = run;
  process.env.MESSAGING_TIMEOUT_MS ??= '2000';
  process.env.NATS_QUEUE = run;
  process.env.RABBITMQ_QUEUE = run;
  const env = validateEnv(process.env);
  await reachable('NATS', env.NATS_URL, async () => {
    const nats = await connectNats({ servers: env.NATS_URL.split(',') });
    await nats.close();
  });
  await reachable('RabbitMQ', env.RABBITMQ_URL, async () => {
    const connection = await connectAmqp(env.RABBITMQ_URL);
    await connection.close();
  });
}

/** Removes what this run left on the brokers. */
export async function teardownMessaging(): Promise<void> {
  const env = validateEnv(process.env);
  const connection = await connectAmqp(env.RABBITMQ_URL);
  try {
    const channel = await connection.createChannel();
    const dead = deadLetters(env.RABBITMQ_QUEUE);
    await channel.deleteQueue(env.RABBITMQ_QUEUE);
    await channel.deleteQueue(dead.queue);
    await channel.deleteExchange(dead.exchange);
  } finally {
    await connection.close();
  }
}

async function reachable(
  broker: string,
  url: string,
  connect: () => Promise<void>,
): Promise<void> {
  try {
    await connect();
  } catch (error) {
    throw new Error(
      `${broker} is not reachable at ${url}: ${(error as Error).message}`,
      { cause: error },
    );
  }
}
