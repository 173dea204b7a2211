import { EventBus } from '@nestjs/cqrs';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { DomainEvent } from '../src/cqrs/domain-event';
import { EventStore } from '../src/cqrs/event-store';
import { OutboxRelay } from '../src/cqrs/outbox-relay';
import { ProjectResponse } from '../src/projects/dto/project-response.dto';
import { REPORTS_QUEUE } from '../src/queues/reports/reports.constants';
import { waitFor } from './cqrs/wait-for';
import {
  createProject,
  prepareCreateProjectDto,
} from './factories/project.factory';
import { openQueue } from './queues/queue-helpers';
import { createTestApp } from './support/app';
import { signIn } from './support/auth';

interface StoredRow {
  type: string;
  version: number;
  payload: Record<string, unknown>;
  published_at: Date | null;
}

// Project is an entity-backed aggregate: its routes (typeorm's) dispatch
// commands that write the project row and append the event to cqrs_events, the
// outbox, in one transaction; the relay publishes it after the commit.
describe('Project commands (e2e, real PostgreSQL)', () => {
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

  function eventsOf(id: string): Promise<StoredRow[]> {
    return db.query(
      `SELECT type, version, payload, published_at FROM cqrs_events
       WHERE aggregate_type = 'Project' AND aggregate_id = $1
       ORDER BY version`,
      [id],
    );
  }

  it('commits the row with its ProjectCreated event and publishes it after', async () => {
    const bus = app.get(EventBus);
    const published = jest.spyOn(bus, 'publish');
    await relay.stop();
    try {
      const row = await createProject(app);

      // Committed, not yet published: the query reads the row itself.
      const read = await app.inject({ url: `/projects/${row.id}` });
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ ...row });
      expect(await eventsOf(row.id)).toEqual([
        {
          type: 'ProjectCreated',
          version: 1,
          payload: { ...row },
          published_at: null,
        },
      ]);
      expect(published).not.toHaveBeenCalled();

      await relay.drain();

      const sent = published.mock.calls
        .map(([event]) => event as DomainEvent)
        .find((event) => event.aggregateId === row.id);
      expect(sent?.stored.type).toBe('ProjectCreated');
      expect((await eventsOf(row.id))[0].published_at).not.toBeNull();
    } finally {
      published.mockRestore();
      relay.start();
    }
  });

  it('appends each later command at the next version', async () => {
    const row = await createProject(app);
    const url = `/projects/${row.id}`;

    const patched = await app.inject({
      method: 'PATCH',
      url,
      payload: await prepareCreateProjectDto(app),
    });
    expect(patched.statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url })).statusCode).toBe(204);
    const restored = await app.inject({
      method: 'POST',
      url: `${url}/restore`,
    });
    expect(restored.statusCode).toBe(200);

    const events = await eventsOf(row.id);
    expect(events.map(({ type, version }) => [type, version])).toEqual([
      ['ProjectCreated', 1],
      ['ProjectUpdated', 2],
      ['ProjectDeleted', 3],
      ['ProjectRestored', 4],
    ]);
    expect(events[1].payload).toEqual(patched.json());
    expect(events[2].payload).toEqual({ id: row.id });
  });

  it('appends one ProjectCreated per row of a bulk create', async () => {
    const items = [
      await prepareCreateProjectDto(app),
      await prepareCreateProjectDto(app),
    ];

    const res = await app.inject({
      method: 'POST',
      url: '/projects/bulk',
      payload: { items },
    });

    expect(res.statusCode).toBe(201);
    for (const row of res.json<ProjectResponse[]>()) {
      expect((await eventsOf(row.id)).map(({ type }) => type)).toEqual([
        'ProjectCreated',
      ]);
    }
  });

  it('publishes nothing and keeps no row for a write rolled back after its event', async () => {
    const events = app.get(EventStore);
    const append = events.append.bind(events);
    let id: string | undefined;
    // Other writers may append meanwhile: only this aggregate's command fails.
    jest.spyOn(events, 'append').mockImplementation(async (...args) => {
      const stored = await append(...args);
      if (args[1] === 'Project' && id === undefined) {
        id = args[2];
        throw new Error('the process failed before the commit');
      }
      return stored;
    });

    const res = await app.inject({
      method: 'POST',
      url: '/projects',
      payload: await prepareCreateProjectDto(app),
    });

    expect(res.statusCode).toBe(500);
    jest.restoreAllMocks();
    await relay.drain();
    expect(id).toBeDefined();
    expect(await eventsOf(id!)).toEqual([]);
    const read = await app.inject({ url: `/projects/${id}` });
    expect(read.statusCode).toBe(404);
  });

  it("appends nothing for another member's command", async () => {
    const [owner, other] = await Promise.all([
      signIn(app, 'member'),
      signIn(app, 'member'),
    ]);
    const created = await app.inject({
      method: 'POST',
      url: '/projects',
      payload: await prepareCreateProjectDto(app),
      headers: { authorization: owner.authorization },
    });
    const { id } = created.json<ProjectResponse>();

    const res = await app.inject({
      method: 'DELETE',
      url: `/projects/${id}`,
      headers: { authorization: other.authorization },
    });

    expect(res.statusCode).toBe(404);
    expect((await eventsOf(id)).map(({ type }) => type)).toEqual([
      'ProjectCreated',
    ]);
  });

  it('enqueues process-reports for ProjectCreated only once it is committed', async () => {
    const queue = openQueue(REPORTS_QUEUE);
    await relay.stop();
    try {
      const row = await createProject(app);
      const [event] = await db.query<{ id: string }[]>(
        `SELECT id FROM cqrs_events
         WHERE aggregate_type = 'Project' AND aggregate_id = $1`,
        [row.id],
      );
      // Committed, not yet published: nothing is enqueued yet.
      expect(await queue.getJob(event.id)).toBeUndefined();

      await relay.drain();

      const job = await waitFor(() => queue.getJob(event.id));
      expect(job).toMatchObject({
        name: 'process-reports',
        data: { referenceId: row.id },
      });
    } finally {
      relay.start();
      await queue.close();
    }
  });
});
