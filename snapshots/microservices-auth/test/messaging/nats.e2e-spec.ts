import { NatsConnection, connect } from '@nats-io/transport-node';
import { GatewayTimeoutException } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { validateEnv } from '../../src/config/env.validation';
import { BrokerClients } from '../../src/messaging/broker-clients';
import { PING, Pong, pattern } from '../../src/messaging/messaging.patterns';
import { connectNats } from '../../src/messaging/transports/nats.transport';
import { createBrokerApp } from './broker-app';
import { expectEntityEventsBack } from './integration-events';

describe('NATS transport (e2e, real NATS)', () => {
  let app: NestFastifyApplication;
  let clients: BrokerClients;
  let nats: NatsConnection;

  beforeAll(async () => {
    app = await createBrokerApp(connectNats);
    clients = app.get(BrokerClients);
    nats = await connect({
      servers: validateEnv(process.env).NATS_URL.split(','),
    });
  });

  afterAll(async () => {
    await nats?.close();
    await app?.close();
  });

  it('answers a request over NATS', async () => {
    const pong = await clients.send<Pong>('nats', PING, {});

    expect(pong).toEqual({
      service: 'notes-grpc',
      at: expect.any(String) as string,
    });
  });

  it('fails with a timeout when nobody answers in time', async () => {
    // A responder that takes the request and never replies.
    const silent = pattern('silent');
    const subscription = nats.subscribe(silent);
    await nats.flush();
    try {
      const request = clients.send('nats', silent, {});

      await expect(request).rejects.toBeInstanceOf(GatewayTimeoutException);
      await expect(request).rejects.toThrow(
        `nats: no reply to '${silent}' within`,
      );
    } finally {
      subscription.unsubscribe();
    }
  });

  it('shares requests with the other members of its queue group', async () => {
    // Another instance of the service: the same queue group, its own answer.
    let othersShare = 0;
    const other = nats.subscribe(PING, {
      queue: validateEnv(process.env).NATS_QUEUE,
      // Nest's reply format: the request's id, the response, isDisposed.
      callback: (_error, message) => {
        othersShare += 1;
        const { id } = message.json<{ id: string }>();
        const response = { service: 'other-instance', at: 'now' };
        message.respond(JSON.stringify({ id, response, isDisposed: true }));
      },
    });
    await nats.flush();
    try {
      const answers: string[] = [];
      for (let i = 0; i < 20; i += 1) {
        answers.push((await clients.send<Pong>('nats', PING, {})).service);
      }

      // Each request reached one member only: the other answered every one it
      // got, the app the rest (all 20 to one member: once in 500 000 runs).
      const fromOther = answers.filter((s) => s === 'other-instance').length;
      expect(othersShare).toBe(fromOther);
      expect(fromOther).toBeGreaterThan(0);
      expect(fromOther).toBeLessThan(answers.length);
    } finally {
      other.unsubscribe();
    }
  });

  it('sends note writes out as events, received by @EventPattern', async () => {
    await expectEntityEventsBack(app);
  });
});
