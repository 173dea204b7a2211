import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { validateEnv } from '../src/config/env.validation';
import { AggregateStore } from '../src/cqrs/aggregate-store';
import { EventStore } from '../src/cqrs/event-store';
import { OutboxRelay } from '../src/cqrs/outbox-relay';
import { Projector } from '../src/cqrs/projector';
import { INVOICE } from '../src/invoices/invoice.aggregate';
import { EMAILS_QUEUE } from '../src/queues/emails/emails.constants';
import { waitFor } from './cqrs/wait-for';
import { openQueue } from './queues/queue-helpers';
import { createTestApp } from './support/app';
import { authenticateAs } from './support/auth';

interface StoredRow {
  type: string;
  version: number;
  published_at: Date | null;
}

// Invoice stands for every aggregate: they share the stores, the outbox
// relay and the projector. PostgreSQL is real; the relay runs as in production
// except where a test stops it to play a crash.
const AGGREGATE = INVOICE;
const ROUTE = '/invoices';
const CREATE_DTO = 'IssueInvoiceDto';
// Valid fields of IssueInvoiceDto.
const FIELDS = {
  customer: 'Sample customer',
  total: '12.50',
};

describe('CQRS (e2e, real PostgreSQL)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let relay: OutboxRelay;

  beforeAll(async () => {
    app = await createTestApp({ as: 'admin' });
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
      status: 'InvoiceIssued',
      data: FIELDS,
    });
    expect(await eventsOf(id)).toEqual([
      expect.objectContaining({ type: 'InvoiceIssued', version: 1 }),
    ]);
    const list = await app.inject({ url: `${ROUTE}?limit=100` });
    expect(list.json<{ items: { id: string }[] }>().items).toContainEqual(
      expect.objectContaining({ id }),
    );
  });

  it('answers 401 without a token on every route', async () => {
    const id = await create();
    const routes: ['GET' | 'POST', string][] = [
      ['POST', ROUTE],
      ['POST', `${ROUTE}/${id}/pay`],
      ['POST', `${ROUTE}/${id}/void`],
      ['GET', `${ROUTE}/${id}`],
      ['GET', ROUTE],
    ];

    for (const [method, url] of routes) {
      const payload = method === 'POST' ? {} : undefined;
      const anonymous = await app.inject({
        method,
        url,
        payload,
        headers: { authorization: '' },
      });
      expect([url, anonymous.statusCode]).toEqual([url, 401]);
    }
  });

  // Each Invoice belongs to the member who created it: the owner and
  // admins reach it, another member gets 404 (its existence is not theirs).
  it('serves the owner and admins; another member gets 404', async () => {
    const owner = await authenticateAs(app, 'member');
    const other = await authenticateAs(app, 'member');
    const admin = await authenticateAs(app, 'admin');
    const bearer = (authorization: string) => ({ authorization });
    const read = (url: string, authorization: string) =>
      app.inject({ url, headers: bearer(authorization) });

    const created = await post(ROUTE, FIELDS, bearer(owner));
    expect(created.statusCode).toBe(201);
    const { id } = created.json<{ id: string }>();
    await viewAt(id, 1);

    expect((await read(`${ROUTE}/${id}`, owner)).statusCode).toBe(200);
    expect((await read(`${ROUTE}/${id}`, other)).statusCode).toBe(404);
    expect((await read(`${ROUTE}/${id}`, admin)).statusCode).toBe(200);

    const ids = async (authorization: string) =>
      (await read(`${ROUTE}?limit=100`, authorization))
        .json<{ items: { id: string }[] }>()
        .items.map((item) => item.id);
    expect(await ids(owner)).toEqual([id]);
    expect(await ids(other)).toEqual([]);
    expect(await ids(admin)).toContain(id);

    const command = `${ROUTE}/${id}/pay`;
    expect((await post(command, {}, bearer(other))).statusCode).toBe(404);
    expect((await post(command, {}, bearer(owner))).statusCode).toBe(200);
    expect((await post(command, {}, bearer(admin))).statusCode).toBe(200);
    // The other member's command appended nothing.
    const versions = (await eventsOf(id)).map((event) => event.version);
    expect(versions).toEqual([1, 2, 3]);

    // InvoiceSettlement created the Payment for the owner.
    const step = `/payments/${id}`;
    await waitFor(async () =>
      (await read(step, owner)).statusCode === 200 ? true : undefined,
    );
    expect((await read(step, other)).statusCode).toBe(404);
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
    const required = ['customer', 'total'];
    const properties = ['customer', 'id', 'total'];
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
    const url = `${ROUTE}/${id}/pay`;

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

  it('enqueues process-emails for InvoiceIssued only once it is committed', async () => {
    const queue = openQueue(EMAILS_QUEUE);
    await relay.stop();
    try {
      const id = await create();
      const [event] = await db.query<{ id: string }[]>(
        `SELECT id FROM cqrs_events WHERE aggregate_type = $1 AND aggregate_id = $2`,
        [AGGREGATE.type, id],
      );
      // Committed, not yet published: nothing is enqueued yet.
      expect(await queue.getJob(event.id)).toBeUndefined();

      await relay.drain();

      const job = await waitFor(() => queue.getJob(event.id));
      expect(job).toMatchObject({
        name: 'process-emails',
        data: { referenceId: id },
      });
    } finally {
      relay.start();
      await queue.close();
    }
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
    await post(`${ROUTE}/${id}/pay`);
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
      const response = await post(`${ROUTE}/${id}/pay`);
      expect(response.statusCode).toBe(200);
    }

    const loaded = await app.get(AggregateStore).load(AGGREGATE, id);

    expect(loaded.state?.version).toBe(every + 1);
    expect(loaded.state?.data).toEqual(FIELDS);
    expect(loaded.eventsRead).toBe(1);
  });
});
