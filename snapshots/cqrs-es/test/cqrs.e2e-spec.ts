import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { validateEnv } from '../src/config/env.validation';
import { AggregateStore } from '../src/cqrs/aggregate-store';
import { EventStore } from '../src/cqrs/event-store';
import { OutboxRelay } from '../src/cqrs/outbox-relay';
import { Projector } from '../src/cqrs/projector';
import { SagaStore } from '../src/cqrs/sagas/saga-store';
import { SagaTimeouts } from '../src/cqrs/sagas/saga-timeouts';
import { CancelOrderHandler } from '../src/orders/commands/cancel-order.handler';
import { ORDER } from '../src/orders/order.aggregate';
import { waitFor } from './cqrs/wait-for';
import { createTestApp } from './support/app';

interface StoredRow {
  type: string;
  version: number;
  published_at: Date | null;
}

// Order stands for every aggregate: they share the stores, the outbox
// relay and the projector. PostgreSQL is real; the relay runs as in production
// except where a test stops it to play a crash.
const AGGREGATE = ORDER;
const ROUTE = '/orders';
const CREATE_DTO = 'PlaceOrderDto';
// Valid fields of PlaceOrderDto.
const FIELDS = {
  customer: 'Sample customer',
  total: '12.50',
  channel: 'web',
  note: 'Some note text',
};

describe('CQRS (e2e, real PostgreSQL)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let relay: OutboxRelay;

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    relay = app.get(OutboxRelay);
  });

  afterAll(async () => {
    await app?.close();
  });

  function post(url: string, payload: object = {}, headers = {}) {
    return app.inject({ method: 'POST', url, payload, headers });
  }

  async function create(): Promise<string> {
    const response = await post(ROUTE, FIELDS);
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string }>().id;
  }

  /** The read model once the query answers it at `version`. */
  function viewAt(id: string, version: number) {
    return waitFor(async () => {
      const response = await app.inject({ url: `${ROUTE}/${id}` });
      const view = response.json<{ version: number; status: string }>();
      return response.statusCode === 200 && view.version === version
        ? view
        : undefined;
    });
  }

  function eventsOf(id: string): Promise<StoredRow[]> {
    return db.query(
      `SELECT type, version, published_at FROM cqrs_events
       WHERE aggregate_type = $1 AND aggregate_id = $2 ORDER BY version`,
      [AGGREGATE.type, id],
    );
  }

  it('stores the event of a command, publishes it and answers the query', async () => {
    const id = await create();

    const view = await viewAt(id, 1);
    expect(view).toMatchObject({
      id,
      status: 'OrderPlaced',
      data: FIELDS,
    });
    expect(await eventsOf(id)).toEqual([
      expect.objectContaining({ type: 'OrderPlaced', version: 1 }),
    ]);
    const list = await app.inject({ url: `${ROUTE}?limit=100` });
    expect(list.json<{ items: { id: string }[] }>().items).toContainEqual(
      expect.objectContaining({ id }),
    );
  });

  it('documents its routes with their DTO schemas in /docs-json', async () => {
    const document = (await app.inject({ url: '/docs-json' })).json<{
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
      components: {
        schemas: Record<
          string,
          {
            properties: Record<string, unknown>;
            required?: string[];
            additionalProperties?: unknown;
          }
        >;
      };
    }>();

    expect(document.paths[ROUTE].post.requestBody).toMatchObject({
      content: {
        'application/json': {
          schema: { $ref: `#/components/schemas/${CREATE_DTO}` },
        },
      },
    });
    const schema = document.components.schemas[CREATE_DTO];
    const required = ['customer', 'total', 'channel'];
    const properties = ['channel', 'customer', 'id', 'note', 'total'];
    expect(schema.required).toEqual(expect.arrayContaining(required));
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(properties);
  });

  it('answers 400 to an invalid or unknown field and stores nothing', async () => {
    const id = randomUUID();
    const invalid = await post(ROUTE, { ...FIELDS, id, customer: 12345 });
    const unknown = await post(ROUTE, { ...FIELDS, id, unknownField: 1 });

    expect([invalid.statusCode, unknown.statusCode]).toEqual([400, 400]);
    expect(await eventsOf(id)).toEqual([]);
  });

  it('answers a retried command with the same Idempotency-Key once', async () => {
    const headers = { 'idempotency-key': randomUUID() };
    const first = await post(ROUTE, FIELDS, headers);
    const retry = await post(ROUTE, FIELDS, headers);

    expect(first.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(await eventsOf(first.json<{ id: string }>().id)).toHaveLength(1);
  });

  it('lets one of two writers of the same version win; the other gets 409', async () => {
    const id = await create();
    const url = `${ROUTE}/${id}/cancel`;

    const responses = await Promise.all([
      post(url, { expectedVersion: 1 }),
      post(url, { expectedVersion: 1 }),
    ]);

    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const conflict = responses.find((r) => r.statusCode === 409);
    expect(conflict?.headers['content-type']).toContain(
      'application/problem+json',
    );
    expect(await eventsOf(id)).toHaveLength(2);
  });

  it('publishes nothing for a command rolled back after its event was written', async () => {
    const events = app.get(EventStore);
    const append = events.append.bind(events);
    const id = randomUUID();
    // Sagas may append meanwhile: only this aggregate's command fails.
    jest.spyOn(events, 'append').mockImplementation(async (...args) => {
      const stored = await append(...args);
      if (args[2] === id) {
        throw new Error('the process failed before the commit');
      }
      return stored;
    });

    const response = await post(ROUTE, { ...FIELDS, id });

    expect(response.statusCode).toBe(500);
    jest.restoreAllMocks();
    await relay.drain();
    expect(await eventsOf(id)).toEqual([]);
    const view = await app.inject({ url: `${ROUTE}/${id}` });
    expect(view.statusCode).toBe(404);
  });

  it('delivers a committed event exactly once after a crash before publishing', async () => {
    await relay.stop();
    try {
      const id = await create();
      // Committed, not yet published: the read model does not know it.
      expect(await eventsOf(id)).toEqual([
        expect.objectContaining({ published_at: null }),
      ]);

      expect(await relay.drain()).toBeGreaterThanOrEqual(1);
      await viewAt(id, 1);
      // A crash after publishing, before the row was marked: published again.
      await db.query(
        `UPDATE cqrs_events SET published_at = NULL WHERE aggregate_id = $1`,
        [id],
      );
      expect(await relay.drain()).toBeGreaterThanOrEqual(1);

      await waitFor(async () =>
        (await eventsOf(id)).every((event) => event.published_at)
          ? true
          : undefined,
      );
      const processed: { count: number }[] = await db.query(
        `SELECT count(*)::int AS count FROM cqrs_processed_events p
         JOIN cqrs_events e ON e.id = p.event_id
         WHERE e.aggregate_type = $1 AND e.aggregate_id = $2`,
        [AGGREGATE.type, id],
      );
      expect(processed[0].count).toBe(1);
      expect(await viewAt(id, 1)).toMatchObject({ data: FIELDS });
    } finally {
      relay.start();
    }
  });

  it('rebuilds the same read models from the log alone', async () => {
    const id = await create();
    await post(`${ROUTE}/${id}/cancel`);
    await viewAt(id, 2);
    // Other tests' events may still be on their way: compare this aggregate.
    const read = () =>
      db.query<unknown[]>(
        `SELECT id, version, status, data FROM cqrs_views
         WHERE aggregate_type = $1 AND id = $2`,
        [AGGREGATE.type, id],
      );
    const before = await read();

    await db.query(`DELETE FROM cqrs_views WHERE aggregate_type = $1`, [
      AGGREGATE.type,
    ]);
    await app.get(Projector).rebuild(AGGREGATE);

    expect(before).toHaveLength(1);
    expect(await read()).toEqual(before);
  });

  it('loads from the latest snapshot and the events after it', async () => {
    const every = validateEnv(process.env).CQRS_SNAPSHOT_EVERY;
    const id = await create();
    for (let version = 2; version <= every + 1; version += 1) {
      const response = await post(`${ROUTE}/${id}/cancel`);
      expect(response.statusCode).toBe(200);
    }

    const loaded = await app.get(AggregateStore).load(AGGREGATE, id);

    expect(loaded.state?.version).toBe(every + 1);
    expect(loaded.state?.data).toEqual(FIELDS);
    expect(loaded.eventsRead).toBe(1);
  });

  describe('OrderFulfillment saga', () => {
    const SAGA = 'OrderFulfillment';
    const STARTS = '/orders';
    const STEP = '/stock-reservations';
    const COMPENSATED = 'OrderCancelled';

    async function start(): Promise<string> {
      const id = randomUUID();
      const response = await post(STARTS, {
        id,
        customer: 'Sample customer',
        total: '12.50',
        channel: 'web',
        note: 'Some note text',
      });
      expect(response.statusCode).toBe(201);
      // OrderPlaced started the saga, which dispatched ReserveStock.
      await waitFor(async () => {
        const step = await app.inject({ url: `${STEP}/${id}` });
        return step.statusCode === 200 ? true : undefined;
      });
      return id;
    }

    /** The status of the saga's first aggregate once it is compensated. */
    function compensated(id: string): Promise<string> {
      return waitFor(async () => {
        const response = await app.inject({ url: `${STARTS}/${id}` });
        const { status } = response.json<{ status: string }>();
        return status === COMPENSATED ? status : undefined;
      });
    }

    function sagaStatus(id: string) {
      return app.get(SagaStore).status(SAGA, id);
    }

    /** Failed attempts at the compensation, and the wait before the next. */
    async function attempts(id: string) {
      const [row] = await db.query<{ attempts: number; delayMs: number }[]>(
        `SELECT attempts,
           round(extract(epoch FROM deadline - updated_at) * 1000)::int
             AS "delayMs"
         FROM cqrs_sagas WHERE saga = $1 AND id = $2`,
        [SAGA, id],
      );
      return row;
    }

    /** CancelOrder fails for this saga's aggregate until restored. */
    function failCompensation(id: string) {
      const handler = app.get(CancelOrderHandler);
      const execute = handler.execute.bind(handler);
      return jest
        .spyOn(handler, 'execute')
        .mockImplementation((command) =>
          command.orderId === id
            ? Promise.reject(new Error('unavailable'))
            : execute(command),
        );
    }

    /** The next attempt is due now: the scheduler runs it. */
    async function retryNow(id: string): Promise<void> {
      await db.query(
        `UPDATE cqrs_sagas SET deadline = now() - interval '1 second'
         WHERE saga = $1 AND id = $2`,
        [SAGA, id],
      );
      await app.get(SagaTimeouts).compensateDue();
    }

    it('compensates with CancelOrder on StockReservationFailed', async () => {
      const id = await start();

      const failed = await post(`${STEP}/${id}/reject`);
      expect(failed.statusCode).toBe(200);

      expect(await compensated(id)).toBe(COMPENSATED);
      expect(await sagaStatus(id)).toBe('compensated');
    });

    it('retries a failed CancelOrder after a delay until it succeeds', async () => {
      const id = await start();
      const failing = failCompensation(id);
      try {
        await post(`${STEP}/${id}/reject`);
        const failed = await waitFor(async () => {
          const row = await attempts(id);
          return row.attempts === 1 ? row : undefined;
        });
        expect(failed.delayMs).toBe(
          validateEnv(process.env).CQRS_SAGA_RETRY_DELAY_MS,
        );
        expect(await sagaStatus(id)).toBe('compensating');
      } finally {
        failing.mockRestore();
      }

      await retryNow(id);

      expect(await compensated(id)).toBe(COMPENSATED);
      expect(await sagaStatus(id)).toBe('compensated');
    });

    it('doubles the delay after each failure and marks the saga failed after the last attempt', async () => {
      const {
        CQRS_SAGA_COMPENSATION_ATTEMPTS: allowed,
        CQRS_SAGA_RETRY_DELAY_MS: delay,
      } = validateEnv(process.env);
      const id = await start();
      const failing = failCompensation(id);
      try {
        await post(`${STEP}/${id}/reject`);
        await waitFor(async () =>
          (await attempts(id)).attempts === 1 ? true : undefined,
        );
        const delays = [(await attempts(id)).delayMs];
        for (let attempt = 2; attempt < allowed; attempt += 1) {
          await retryNow(id);
          delays.push((await attempts(id)).delayMs);
        }
        expect(await sagaStatus(id)).toBe('compensating');
        expect(delays).toEqual(
          delays.map((_, failure) => delay * 2 ** failure),
        );

        await retryNow(id);
      } finally {
        failing.mockRestore();
      }

      expect(await sagaStatus(id)).toBe('failed');
      expect((await attempts(id)).attempts).toBe(allowed);
      // Given up: the scheduler does not run it again.
      await retryNow(id);
      expect(await sagaStatus(id)).toBe('failed');
    });

    it('compensates with CancelOrder when no answer comes in time', async () => {
      const id = await start();
      expect(await sagaStatus(id)).toBe('pending');

      // The deadline passes (as 30000 ms would).
      await db.query(
        `UPDATE cqrs_sagas SET deadline = now() - interval '1 second'
         WHERE saga = $1 AND id = $2`,
        [SAGA, id],
      );
      await app.get(SagaTimeouts).compensateDue();

      expect(await compensated(id)).toBe(COMPENSATED);
      expect(await sagaStatus(id)).toBe('timed-out');
    });
  });
});
