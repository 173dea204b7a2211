import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Page } from '../src/database/pagination';
import {
  ProjectDetailResponse as Detail,
  ProjectResponse as Row,
} from '../src/projects/dto/project-response.dto';
import {
  buildCreateProjectDto as buildDto,
  createProject as createOne,
  prepareCreateProjectDto as prepareDto,
} from './factories/project.factory';
import { createTask } from './factories/task.factory';
import { createTestApp } from './support/app';
import { TestCaller, signIn } from './support/auth';

describe('/projects (e2e)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates a project and reads it back', async () => {
    const dto = await prepareDto(app);

    const res = await app.inject({
      method: 'POST',
      url: '/projects',
      payload: dto,
    });

    expect(res.statusCode).toBe(201);
    const created = res.json<Row>();
    expect(created).toMatchObject({
      name: dto.name,
      budget: dto.budget,
    });
    const read = await app.inject({
      method: 'GET',
      url: `/projects/${created.id}`,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ ...created });
  });

  it('returns its relations, loaded with the project', async () => {
    const created = await createOne(app);
    const tasks = await createTask(app, { projectId: created.id });

    const res = await app.inject({
      method: 'GET',
      url: `/projects/${created.id}`,
    });

    expect(res.statusCode).toBe(200);
    const found = res.json<Detail>();
    expect(found.owner?.id).toBe(created.ownerId);
    expect(found.tasks.map((item) => item.id)).toEqual([tasks.id]);
  });

  it('lists a page within the bounds, in the order asked', async () => {
    for (let i = 0; i < 3; i++) {
      await createOne(app);
    }

    const res = await app.inject({
      method: 'GET',
      url: '/projects?page=1&limit=2&sort=createdAt&order=asc',
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
      url: `/projects?page=${page.total + 1}&limit=1`,
    });
    expect(beyond.json<Page<Row>>().items).toEqual([]);
  });

  it('sorts descending with sort=-column, as JSON:API writes it', async () => {
    for (let i = 0; i < 3; i++) {
      await createOne(app);
    }

    const res = await app.inject({
      method: 'GET',
      url: '/projects?sort=-createdAt&order=asc',
    });
    const unknown = await app.inject({
      method: 'GET',
      url: '/projects?sort=-nope',
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
        url: `/projects?${query}`,
      });

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    },
  );

  it('updates only the properties sent', async () => {
    const created = await createOne(app);
    const changes = { name: 'Other name' };

    const res = await app.inject({
      method: 'PATCH',
      url: `/projects/${created.id}`,
      payload: changes,
    });

    expect(res.statusCode).toBe(200);
    const expected = {
      ...created,
      name: changes.name,
      updatedAt: expect.any(String) as unknown,
    };
    expect(res.json()).toEqual(expected);
    const read = await app.inject({
      method: 'GET',
      url: `/projects/${created.id}`,
    });
    expect(read.json()).toMatchObject(expected);
  });

  it('rejects an invalid body with 400 naming the property', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/projects',
      payload: { ...buildDto(), name: 12345 },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: string[] }>().errors.join(' ')).toContain('name');
  });

  it('rejects a name longer than 120 characters', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/projects',
      payload: buildDto({ name: 'x'.repeat(121) }),
    });

    expect(res.statusCode).toBe(400);
  });

  it('rejects properties the API does not know', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/projects',
      payload: { ...buildDto(), id: randomUUID(), isAdmin: true },
    });

    expect(res.statusCode).toBe(400);
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const id = randomUUID();

    const responses = await Promise.all([
      app.inject({
        method: 'GET',
        url: `/projects/${id}`,
      }),
      app.inject({
        method: 'PATCH',
        url: `/projects/${id}`,
        payload: {},
      }),
      app.inject({
        method: 'DELETE',
        url: `/projects/${id}`,
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
      url: '/projects/not-a-uuid',
    });

    expect(res.statusCode).toBe(400);
  });

  it('soft-deletes and restores', async () => {
    const created = await createOne(app);

    const removed = await app.inject({
      method: 'DELETE',
      url: `/projects/${created.id}`,
    });
    const hidden = await app.inject({
      method: 'GET',
      url: `/projects/${created.id}`,
    });
    const restored = await app.inject({
      method: 'POST',
      url: `/projects/${created.id}/restore`,
    });
    const visible = await app.inject({
      method: 'GET',
      url: `/projects/${created.id}`,
    });

    expect(removed.statusCode).toBe(204);
    expect(hidden.statusCode).toBe(404);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ id: created.id, deletedAt: null });
    expect(visible.statusCode).toBe(200);
  });

  it('answers 404 when restoring an unknown id', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/projects/${randomUUID()}/restore`,
    });

    expect(res.statusCode).toBe(404);
  });

  it('creates several in one request', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/projects/bulk',
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
      url: '/projects/bulk',
      payload: {
        items: Array.from({ length: count }, () => buildDto()),
      },
    });

    expect(res.statusCode).toBe(400);
  });
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

// Every route, called from outside by nobody, two members and an admin.
describe('/projects (e2e): who may call it', () => {
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
    const res = await send(caller, 'POST', '/projects', await prepareDto(app));
    expect(res.statusCode).toBe(201);
    return res.json<Row>();
  }

  function routes(id: string): [Method, string, object | undefined][] {
    return [
      ['POST', '/projects', buildDto()],
      ['POST', '/projects/bulk', { items: [buildDto()] }],
      ['GET', '/projects', undefined],
      ['GET', `/projects/${id}`, undefined],
      ['PATCH', `/projects/${id}`, {}],
      ['DELETE', `/projects/${id}`, undefined],
      ['POST', `/projects/${id}/restore`, undefined],
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
    const forged = await send(owner, 'POST', '/projects', {
      ...(await prepareDto(app)),
      ownerId: member.id,
    });

    expect(row.ownerId).toBe(owner.id);
    expect(forged.statusCode).toBe(400);
  });

  it('hides a row from another member: 404 on read, change and delete', async () => {
    const row = await rowOf(owner);

    for (const [method, url, payload] of routes(row.id).slice(3)) {
      const res = await send(member, method, url, payload);
      expect([method, url, res.statusCode]).toEqual([method, url, 404]);
    }
    const list = await send(member, 'GET', '/projects?limit=100');
    const ids = list.json<Page<Row>>().items.map((item) => item.id);
    expect(ids).not.toContain(row.id);
    const still = await send(owner, 'GET', `/projects/${row.id}`);
    expect(still.statusCode).toBe(200);
  });

  it('lists only the caller’s own rows to a member', async () => {
    await rowOf(member);
    const mine = await rowOf(owner);

    const res = await send(owner, 'GET', '/projects?limit=100');

    const items = res.json<Page<Row>>().items;
    expect(items.map((item) => item.id)).toContain(mine.id);
    expect(items.every((item) => item.ownerId === owner.id)).toBe(true);
  });

  it('lets an admin read, change and delete any row', async () => {
    const row = await rowOf(owner);

    const read = await send(admin, 'GET', `/projects/${row.id}`);
    const changed = await send(admin, 'PATCH', `/projects/${row.id}`, {});
    const removed = await send(admin, 'DELETE', `/projects/${row.id}`);

    expect([read.statusCode, changed.statusCode, removed.statusCode]).toEqual([
      200, 200, 204,
    ]);
  });

  it('shows the owner as a public projection: no email, role or hash', async () => {
    const row = await rowOf(owner);

    const res = await send(owner, 'GET', `/projects/${row.id}`);

    const shown = res.json<Detail>().owner;
    expect(shown?.id).toBe(owner.id);
    expect(res.body).not.toMatch(/email|role|passwordHash/);
  });
});
