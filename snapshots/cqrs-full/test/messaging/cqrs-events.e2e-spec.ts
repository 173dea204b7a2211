import { NatsConnection, Subscription, connect } from '@nats-io/transport-node';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { validateEnv } from '../../src/config/env.validation';
import { EventStore } from '../../src/cqrs/event-store';
import { OutboxRelay } from '../../src/cqrs/outbox-relay';
import {
  CQRS_EVENT_NAMES,
  CqrsIntegrationEvent,
} from '../../src/messaging/cqrs-events.forwarder';
import { pattern } from '../../src/messaging/messaging.patterns';
import { createTestApp } from '../support/app';
import { eventually } from './broker-app';

/** What Nest's NATS client publishes for an event: its pattern and data. */
interface Published {
  pattern: string;
  data: CqrsIntegrationEvent;
}

const ROUTE = '/invoices';
const CREATED = pattern(CQRS_EVENT_NAMES['InvoiceIssued']);

// The app sends on NATS as in production; a plain NATS client (not Nest)
// listens on the subject, so the wire format is checked as well.
describe('cqrs integration events on NATS (e2e, real NATS and PostgreSQL)', () => {
  let app: NestFastifyApplication;
  let relay: OutboxRelay;
  let nats: NatsConnection;
  let subscription: Subscription;
  const received: Published[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    relay = app.get(OutboxRelay);
    nats = await connect({
      servers: validateEnv(process.env).NATS_URL.split(','),
    });
    subscription = nats.subscribe(CREATED, {
      callback: (_error, message) => {
        received.push(message.json<Published>());
      },
    });
    await nats.flush();
  });

  afterAll(async () => {
    subscription?.unsubscribe();
    await nats?.close();
    await app?.close();
  });

  /** The messages received for one aggregate, once there are `count`. */
  function receivedFor(id: string, count = 1): Promise<Published[]> {
    return eventually(() => {
      const found = received.filter(({ data }) => data.id === id);
      return found.length >= count ? found : undefined;
    }, `${count} message(s) on ${CREATED} for ${id}`);
  }

  it("sends a command's event once its transaction has committed", async () => {
    const response = await app.inject({
      method: 'POST',
      url: ROUTE,
      payload: {
        customer: 'Sample customer',
        total: '12.50',
      },
    });
    expect(response.statusCode).toBe(201);
    const { id } = response.json<{ id: string }>();

    const [message] = await receivedFor(id);

    expect(message).toEqual({
      pattern: CREATED,
      data: {
        id,
        eventId: expect.any(String) as string,
        version: 1,
        type: 'InvoiceIssued',
        eventVersion: 1,
        occurredAt: expect.any(String) as string,
        payload: {
          customer: 'Sample customer',
          total: '12.50',
        },
      },
    });
    // The message tells of a committed row of the event store.
    const rows: unknown[] = await app
      .get(DataSource)
      .query('SELECT aggregate_id, version FROM cqrs_events WHERE id = $1', [
        message.data.eventId,
      ]);
    expect(rows).toEqual([{ aggregate_id: id, version: 1 }]);
  });

  it('sends nothing for a command rolled back after its event was written', async () => {
    const events = app.get(EventStore);
    const append = events.append.bind(events);
    const id = randomUUID();
    // Sagas may append meanwhile: only this aggregate's write fails.
    const failing = jest
      .spyOn(events, 'append')
      .mockImplementation(async (...args) => {
        const stored = await append(...args);
        if (args[2] === id) {
          throw new Error('the process failed before the commit');
        }
        return stored;
      });

    const failed = await app.inject({
      method: 'POST',
      url: ROUTE,
      payload: {
        id,
        customer: 'Sample customer',
        total: '12.50',
      },
    });
    expect(failed.statusCode).toBe(500);
    failing.mockRestore();
    const retried = await app.inject({
      method: 'POST',
      url: ROUTE,
      payload: {
        id,
        customer: 'Sample customer',
        total: '12.50',
      },
    });
    expect(retried.statusCode).toBe(201);

    // NATS keeps one publisher's order: a message of the rolled-back write
    // would have come before the retry's.
    const messages = await receivedFor(id);
    expect(messages.map(({ data }) => data.version)).toEqual([1]);
  });

  it('sends an event again after a crash before the relay marked it (same eventId)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: ROUTE,
      payload: {
        customer: 'Sample customer',
        total: '12.50',
      },
    });
    const { id } = response.json<{ id: string }>();
    const [first] = await receivedFor(id);

    await relay.stop();
    try {
      await app
        .get(DataSource)
        .query('UPDATE cqrs_events SET published_at = NULL WHERE id = $1', [
          first.data.eventId,
        ]);
      await relay.drain();
    } finally {
      relay.start();
    }

    const [, again] = await receivedFor(id, 2);
    expect(again.data).toEqual(first.data);
  });
});
