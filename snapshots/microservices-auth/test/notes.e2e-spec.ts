import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Page } from '../src/database/pagination';
import {
  NoteDetailResponse as Detail,
  NoteResponse as Row,
} from '../src/notes/dto/note-response.dto';
import {
  buildCreateNoteDto as buildDto,
  createNote as createOne,
  prepareCreateNoteDto as prepareDto,
} from './factories/note.factory';
import { createTestApp } from './support/app';
import { TestCaller, signIn } from './support/auth';

describe('/notes (e2e)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates a note and reads it back', async () => {
    const dto = await prepareDto(app);

    const res = await app.inject({
      method: 'POST',
      url: '/notes',
      payload: dto,
    });

    expect(res.statusCode).toBe(201);
    const created = res.json<Row>();
    expect(created).toMatchObject({
      body: dto.body,
      pinned: dto.pinned,
    });
    const read = await app.inject({
      method: 'GET',
      url: `/notes/${created.id}`,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ ...created });
  });

  it('returns its relations, loaded with the note', async () => {
    const created = await createOne(app);

    const res = await app.inject({
      method: 'GET',
      url: `/notes/${created.id}`,
    });

    expect(res.statusCode).toBe(200);
    const found = res.json<Detail>();
    expect(found.author?.id).toBe(created.authorId);
  });

  it('lists a page within the bounds, in the order asked', async () => {
    for (let i = 0; i < 3; i++) {
      await createOne(app);
    }

    const res = await app.inject({
      method: 'GET',
      url: '/notes?page=1&limit=2&sort=createdAt&order=asc',
    });

    expect(res.statusCode).toBe(200);
    const page = res.json<Page<Row>>();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page).toMatchObject({ page: 1, limit: 2 });
    const times = page.items.map((item) => item.createdAt);
    expect([...times].sort()).toEqual(times);
    const beyond = await app.inject({
      method: 'GET',
      url: `/notes?page=${page.total + 1}&limit=1`,
    });
    expect(beyond.json<Page<Row>>().items).toEqual([]);
  });

  it('sorts descending with sort=-column, as JSON:API writes it', async () => {
    for (let i = 0; i < 3; i++) {
      await createOne(app);
    }

    const res = await app.inject({
      method: 'GET',
      url: '/notes?sort=-createdAt&order=asc',
    });
    const unknown = await app.inject({
      method: 'GET',
      url: '/notes?sort=-nope',
    });

    expect(res.statusCode).toBe(200);
    const times = res.json<Page<Row>>().items.map((item) => item.createdAt);
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect([...times].sort().reverse()).toEqual(times);
    expect(unknown.statusCode).toBe(400);
  });

  it.each(['limit=0', 'limit=101', 'page=0', 'sort=nope', 'order=up'])(
    'rejects ?%s with 400',
    async (query) => {
      const res = await app.inject({
        method: 'GET',
        url: `/notes?${query}`,
      });

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    },
  );

  it('updates only the properties sent', async () => {
    const created = await createOne(app);
    const changes = { body: 'Other body text' };

    const res = await app.inject({
      method: 'PATCH',
      url: `/notes/${created.id}`,
      payload: changes,
    });

    expect(res.statusCode).toBe(200);
    const expected = {
      ...created,
      body: changes.body,
      updatedAt: expect.any(String) as unknown,
    };
    expect(res.json()).toEqual(expected);
    const read = await app.inject({
      method: 'GET',
      url: `/notes/${created.id}`,
    });
    expect(read.json()).toMatchObject(expected);
  });

  it('rejects an invalid body with 400 naming the property', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/notes',
      payload: { ...buildDto(), body: 12345 },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: string[] }>().errors.join(' ')).toContain('body');
  });

  it('rejects properties the API does not know', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/notes',
      payload: { ...buildDto(), id: randomUUID(), isAdmin: true },
    });

    expect(res.statusCode).toBe(400);
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const id = randomUUID();

    const responses = await Promise.all([
      app.inject({
        method: 'GET',
        url: `/notes/${id}`,
      }),
      app.inject({
        method: 'PATCH',
        url: `/notes/${id}`,
        payload: {},
      }),
      app.inject({
        method: 'DELETE',
        url: `/notes/${id}`,
      }),
    ]);

    expect(responses.map((res) => res.statusCode)).toEqual([404, 404, 404]);
    expect(responses[0].headers['content-type']).toContain(
      'application/problem+json',
    );
  });

  it('answers 400 for an id that is not a UUID', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/notes/not-a-uuid',
    });

    expect(res.statusCode).toBe(400);
  });

  it('deletes', async () => {
    const created = await createOne(app);

    const removed = await app.inject({
      method: 'DELETE',
      url: `/notes/${created.id}`,
    });
    const gone = await app.inject({
      method: 'GET',
      url: `/notes/${created.id}`,
    });

    expect(removed.statusCode).toBe(204);
    expect(gone.statusCode).toBe(404);
  });

  it('creates several in one request', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/notes/bulk',
      payload: {
        items: [await prepareDto(app), await prepareDto(app)],
      },
    });

    expect(res.statusCode).toBe(201);
    expect(res.json<Row[]>()).toHaveLength(2);
  });

  it.each([0, 101])('rejects a bulk create of %i items', async (count) => {
    const res = await app.inject({
      method: 'POST',
      url: '/notes/bulk',
      payload: {
        items: Array.from({ length: count }, () => buildDto()),
      },
    });

    expect(res.statusCode).toBe(400);
  });
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

// Every route, called from outside by nobody, two members and an admin.
describe('/notes (e2e): who may call it', () => {
  let app: NestFastifyApplication;
  let owner: TestCaller;
  let member: TestCaller;
  let admin: TestCaller;

  beforeAll(async () => {
    app = await createTestApp({ as: 'anonymous' });
    [owner, member, admin] = await Promise.all([
      signIn(app, 'member'),
      signIn(app, 'member'),
      signIn(app, 'admin'),
    ]);
  });

  afterAll(async () => {
    await app?.close();
  });

  function send(
    caller: TestCaller | null,
    method: Method,
    url: string,
    payload?: object,
  ) {
    return app.inject({
      method,
      url,
      payload,
      headers: caller ? { authorization: caller.authorization } : {},
    });
  }

  async function rowOf(caller: TestCaller): Promise<Row> {
    const res = await send(caller, 'POST', '/notes', await prepareDto(app));
    expect(res.statusCode).toBe(201);
    return res.json<Row>();
  }

  function routes(id: string): [Method, string, object | undefined][] {
    return [
      ['POST', '/notes', buildDto()],
      ['POST', '/notes/bulk', { items: [buildDto()] }],
      ['GET', '/notes', undefined],
      ['GET', `/notes/${id}`, undefined],
      ['PATCH', `/notes/${id}`, {}],
      ['DELETE', `/notes/${id}`, undefined],
    ];
  }

  it('answers 401 to a caller without a token, on every route', async () => {
    const id = randomUUID();
    for (const [method, url, payload] of routes(id)) {
      const res = await send(null, method, url, payload);
      expect([method, url, res.statusCode]).toEqual([method, url, 401]);
    }
  });

  it('makes the caller the owner and refuses an owner in the body', async () => {
    const row = await rowOf(owner);
    const forged = await send(owner, 'POST', '/notes', {
      ...(await prepareDto(app)),
      authorId: member.id,
    });

    expect(row.authorId).toBe(owner.id);
    expect(forged.statusCode).toBe(400);
  });

  it('hides a row from another member: 404 on read, change and delete', async () => {
    const row = await rowOf(owner);

    for (const [method, url, payload] of routes(row.id).slice(3)) {
      const res = await send(member, method, url, payload);
      expect([method, url, res.statusCode]).toEqual([method, url, 404]);
    }
    const list = await send(member, 'GET', '/notes?limit=100');
    const ids = list.json<Page<Row>>().items.map((item) => item.id);
    expect(ids).not.toContain(row.id);
    const still = await send(owner, 'GET', `/notes/${row.id}`);
    expect(still.statusCode).toBe(200);
  });

  it('lists only the caller’s own rows to a member', async () => {
    await rowOf(member);
    const mine = await rowOf(owner);

    const res = await send(owner, 'GET', '/notes?limit=100');

    const items = res.json<Page<Row>>().items;
    expect(items.map((item) => item.id)).toContain(mine.id);
    expect(items.every((item) => item.authorId === owner.id)).toBe(true);
  });

  it('lets an admin read, change and delete any row', async () => {
    const row = await rowOf(owner);

    const read = await send(admin, 'GET', `/notes/${row.id}`);
    const changed = await send(admin, 'PATCH', `/notes/${row.id}`, {});
    const removed = await send(admin, 'DELETE', `/notes/${row.id}`);

    expect([read.statusCode, changed.statusCode, removed.statusCode]).toEqual([
      200, 200, 204,
    ]);
  });

  it('shows the owner as a public projection: no email, role or hash', async () => {
    const row = await rowOf(owner);

    const res = await send(owner, 'GET', `/notes/${row.id}`);

    const shown = res.json<Detail>().author;
    expect(shown?.id).toBe(owner.id);
    expect(res.body).not.toMatch(/email|role|passwordHash/);
  });
});
