import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Page } from '../src/database/pagination';
import {
  TaskDetailResponse as Detail,
  TaskResponse as Row,
} from '../src/tasks/dto/task-response.dto';
import { createProject } from './factories/project.factory';
import {
  buildCreateTaskDto as buildDto,
  createTask as createOne,
  prepareCreateTaskDto as prepareDto,
} from './factories/task.factory';
import { createTestApp } from './support/app';
import { TestCaller, signIn } from './support/auth';

describe('/tasks (e2e)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates a task and reads it back', async () => {
    const dto = await prepareDto(app);

    const res = await app.inject({
      method: 'POST',
      url: '/tasks',
      payload: dto,
    });

    expect(res.statusCode).toBe(201);
    const created = res.json<Row>();
    expect(created).toMatchObject({
      title: dto.title,
      done: dto.done,
    });
    const read = await app.inject({
      method: 'GET',
      url: `/tasks/${created.id}`,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ ...created });
  });

  it('returns its relations, loaded with the task', async () => {
    const project = await createProject(app);
    const created = await createOne(app, {
      projectId: project.id,
    });

    const res = await app.inject({
      method: 'GET',
      url: `/tasks/${created.id}`,
    });

    expect(res.statusCode).toBe(200);
    const found = res.json<Detail>();
    expect(found.project?.id).toBe(project.id);
  });

  it('lists a page within the bounds, in the order asked', async () => {
    for (let i = 0; i < 3; i++) {
      await createOne(app);
    }

    const res = await app.inject({
      method: 'GET',
      url: '/tasks?page=1&limit=2&sort=createdAt&order=asc',
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
      url: `/tasks?page=${page.total + 1}&limit=1`,
    });
    expect(beyond.json<Page<Row>>().items).toEqual([]);
  });

  it('sorts descending with sort=-column, as JSON:API writes it', async () => {
    for (let i = 0; i < 3; i++) {
      await createOne(app);
    }

    const res = await app.inject({
      method: 'GET',
      url: '/tasks?sort=-createdAt&order=asc',
    });
    const unknown = await app.inject({
      method: 'GET',
      url: '/tasks?sort=-nope',
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
        url: `/tasks?${query}`,
      });

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    },
  );

  it('filters the list on a column', async () => {
    const project = await createProject(app);
    const wanted = await createOne(app, { projectId: project.id });
    await createOne(app);

    const res = await app.inject({
      method: 'GET',
      url: `/tasks?projectId=${project.id}`,
    });

    expect(res.statusCode).toBe(200);
    const page = res.json<Page<Row>>();
    expect(page.total).toBe(1);
    expect(page.items.map((item) => item.id)).toEqual([wanted.id]);
  });

  it('updates only the properties sent', async () => {
    const created = await createOne(app);
    const changes = { title: 'Other title' };

    const res = await app.inject({
      method: 'PATCH',
      url: `/tasks/${created.id}`,
      payload: changes,
    });

    expect(res.statusCode).toBe(200);
    const expected = {
      ...created,
      title: changes.title,
      updatedAt: expect.any(String) as unknown,
    };
    expect(res.json()).toEqual(expected);
    const read = await app.inject({
      method: 'GET',
      url: `/tasks/${created.id}`,
    });
    expect(read.json()).toMatchObject(expected);
  });

  it('rejects an invalid body with 400 naming the property', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/tasks',
      payload: { ...buildDto(), title: 12345 },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: string[] }>().errors.join(' ')).toContain(
      'title',
    );
  });

  it('rejects a title longer than 200 characters', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/tasks',
      payload: buildDto({ title: 'x'.repeat(201) }),
    });

    expect(res.statusCode).toBe(400);
  });

  it('rejects properties the API does not know', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/tasks',
      payload: { ...buildDto(), id: randomUUID(), isAdmin: true },
    });

    expect(res.statusCode).toBe(400);
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const id = randomUUID();

    const responses = await Promise.all([
      app.inject({
        method: 'GET',
        url: `/tasks/${id}`,
      }),
      app.inject({
        method: 'PATCH',
        url: `/tasks/${id}`,
        payload: {},
      }),
      app.inject({
        method: 'DELETE',
        url: `/tasks/${id}`,
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
      url: '/tasks/not-a-uuid',
    });

    expect(res.statusCode).toBe(400);
  });

  it('answers 422 when the project does not exist', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/tasks',
      payload: buildDto({ projectId: randomUUID() }),
    });

    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ status: 422 });
  });

  it('deletes', async () => {
    const created = await createOne(app);

    const removed = await app.inject({
      method: 'DELETE',
      url: `/tasks/${created.id}`,
    });
    const gone = await app.inject({
      method: 'GET',
      url: `/tasks/${created.id}`,
    });

    expect(removed.statusCode).toBe(204);
    expect(gone.statusCode).toBe(404);
  });

  it('creates several in one request', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/tasks/bulk',
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
      url: '/tasks/bulk',
      payload: {
        items: Array.from({ length: count }, () => buildDto()),
      },
    });

    expect(res.statusCode).toBe(400);
  });
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

// Every route, called from outside by nobody, two members and an admin.
describe('/tasks (e2e): who may call it', () => {
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
    const res = await send(caller, 'POST', '/tasks', await prepareDto(app));
    expect(res.statusCode).toBe(201);
    return res.json<Row>();
  }

  function routes(id: string): [Method, string, object | undefined][] {
    return [
      ['POST', '/tasks', buildDto()],
      ['POST', '/tasks/bulk', { items: [buildDto()] }],
      ['GET', '/tasks', undefined],
      ['GET', `/tasks/${id}`, undefined],
      ['PATCH', `/tasks/${id}`, {}],
      ['DELETE', `/tasks/${id}`, undefined],
    ];
  }

  it('answers 401 to a caller without a token, on every route', async () => {
    const id = randomUUID();
    for (const [method, url, payload] of routes(id)) {
      const res = await send(null, method, url, payload);
      expect([method, url, res.statusCode]).toEqual([method, url, 401]);
    }
  });

  it('serves any signed-in member and admin', async () => {
    const row = await rowOf(member);

    for (const caller of [owner, member, admin]) {
      const res = await send(caller, 'GET', `/tasks/${row.id}`);
      expect(res.statusCode).toBe(200);
    }
  });
});
