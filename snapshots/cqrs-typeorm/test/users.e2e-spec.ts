import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Page } from '../src/database/pagination';
import { UserResponse as Row } from '../src/users/dto/user-response.dto';
import {
  buildCreateUserDto as buildDto,
  createUser as createOne,
  prepareCreateUserDto as prepareDto,
} from './factories/user.factory';
import { createTestApp } from './support/app';
import { TestCaller, signIn } from './support/auth';

describe('/users (e2e)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp({ as: 'admin' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates a user and reads it back', async () => {
    const dto = await prepareDto(app);

    const res = await app.inject({
      method: 'POST',
      url: '/users',
      payload: dto,
    });

    expect(res.statusCode).toBe(201);
    const created = res.json<Row>();
    expect(created).toMatchObject({
      email: dto.email,
      role: dto.role,
      emailVerifiedAt: dto.emailVerifiedAt?.toISOString(),
      displayName: dto.displayName,
    });
    const read = await app.inject({
      method: 'GET',
      url: `/users/${created.id}`,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ ...created });
  });

  it('lists a page within the bounds, in the order asked', async () => {
    for (let i = 0; i < 3; i++) {
      await createOne(app);
    }

    const res = await app.inject({
      method: 'GET',
      url: '/users?page=1&limit=2&sort=createdAt&order=asc',
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
      url: `/users?page=${page.total + 1}&limit=1`,
    });
    expect(beyond.json<Page<Row>>().items).toEqual([]);
  });

  it('sorts descending with sort=-column, as JSON:API writes it', async () => {
    for (let i = 0; i < 3; i++) {
      await createOne(app);
    }

    const res = await app.inject({
      method: 'GET',
      url: '/users?sort=-createdAt&order=asc',
    });
    const unknown = await app.inject({
      method: 'GET',
      url: '/users?sort=-nope',
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
        url: `/users?${query}`,
      });

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    },
  );

  it('filters the list on a column', async () => {
    const wanted = await createOne(app);
    await createOne(app);

    const res = await app.inject({
      method: 'GET',
      url: `/users?email=${encodeURIComponent(wanted.email)}`,
    });

    expect(res.statusCode).toBe(200);
    const page = res.json<Page<Row>>();
    expect(page.total).toBe(1);
    expect(page.items.map((item) => item.id)).toEqual([wanted.id]);
  });

  it('updates only the properties sent', async () => {
    const created = await createOne(app);
    const changes = { email: `${randomUUID()}@example.test` };

    const res = await app.inject({
      method: 'PATCH',
      url: `/users/${created.id}`,
      payload: changes,
    });

    expect(res.statusCode).toBe(200);
    const expected = {
      ...created,
      email: changes.email,
      updatedAt: expect.any(String) as unknown,
    };
    expect(res.json()).toEqual(expected);
    const read = await app.inject({
      method: 'GET',
      url: `/users/${created.id}`,
    });
    expect(read.json()).toMatchObject(expected);
  });

  it('rejects an invalid body with 400 naming the property', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/users',
      payload: { ...buildDto(), email: 12345 },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: string[] }>().errors.join(' ')).toContain(
      'email',
    );
  });

  it('rejects a email longer than 320 characters', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/users',
      payload: buildDto({ email: 'x'.repeat(321) }),
    });

    expect(res.statusCode).toBe(400);
  });

  it('rejects properties the API does not know', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/users',
      payload: { ...buildDto(), id: randomUUID(), isAdmin: true },
    });

    expect(res.statusCode).toBe(400);
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const id = randomUUID();

    const responses = await Promise.all([
      app.inject({
        method: 'GET',
        url: `/users/${id}`,
      }),
      app.inject({
        method: 'PATCH',
        url: `/users/${id}`,
        payload: {},
      }),
      app.inject({
        method: 'DELETE',
        url: `/users/${id}`,
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
      url: '/users/not-a-uuid',
    });

    expect(res.statusCode).toBe(400);
  });

  it('answers 409 when a unique email is taken', async () => {
    const dto = await prepareDto(app);
    await createOne(app, dto);

    const res = await app.inject({
      method: 'POST',
      url: '/users',
      payload: dto,
    });

    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ status: 409, title: 'Conflict' });
  });

  it('deletes', async () => {
    const created = await createOne(app);

    const removed = await app.inject({
      method: 'DELETE',
      url: `/users/${created.id}`,
    });
    const gone = await app.inject({
      method: 'GET',
      url: `/users/${created.id}`,
    });

    expect(removed.statusCode).toBe(204);
    expect(gone.statusCode).toBe(404);
  });

  it('creates several in one request', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/users/bulk',
      payload: {
        items: [await prepareDto(app), await prepareDto(app)],
      },
    });

    expect(res.statusCode).toBe(201);
    expect(res.json<Row[]>()).toHaveLength(2);
  });

  it('creates nothing when one item of a bulk create fails', async () => {
    const fresh = await prepareDto(app);

    const res = await app.inject({
      method: 'POST',
      url: '/users/bulk',
      payload: { items: [fresh, fresh] },
    });

    expect(res.statusCode).toBe(409);
    const list = await app.inject({
      method: 'GET',
      url: `/users?email=${encodeURIComponent(fresh.email)}`,
    });
    expect(list.json<Page<Row>>().total).toBe(0);
  });

  it.each([0, 101])('rejects a bulk create of %i items', async (count) => {
    const res = await app.inject({
      method: 'POST',
      url: '/users/bulk',
      payload: {
        items: Array.from({ length: count }, () => buildDto()),
      },
    });

    expect(res.statusCode).toBe(400);
  });
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

// Every route, called from outside by nobody, two members and an admin.
describe('/users (e2e): who may call it', () => {
  let app: NestFastifyApplication;
  let member: TestCaller;
  let admin: TestCaller;

  beforeAll(async () => {
    app = await createTestApp({ as: 'anonymous' });
    [member, admin] = await Promise.all([
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
    const res = await send(caller, 'POST', '/users', await prepareDto(app));
    expect(res.statusCode).toBe(201);
    return res.json<Row>();
  }

  function routes(id: string): [Method, string, object | undefined][] {
    return [
      ['POST', '/users', buildDto()],
      ['POST', '/users/bulk', { items: [buildDto()] }],
      ['GET', '/users', undefined],
      ['GET', `/users/${id}`, undefined],
      ['PATCH', `/users/${id}`, {}],
      ['DELETE', `/users/${id}`, undefined],
    ];
  }

  it('answers 401 to a caller without a token, on every route', async () => {
    const id = randomUUID();
    for (const [method, url, payload] of routes(id)) {
      const res = await send(null, method, url, payload);
      expect([method, url, res.statusCode]).toEqual([method, url, 401]);
    }
  });

  it('answers 403 to a member on every route, and serves an admin', async () => {
    const row = await rowOf(admin);

    for (const [method, url, payload] of routes(row.id)) {
      const res = await send(member, method, url, payload);
      expect([method, url, res.statusCode]).toEqual([method, url, 403]);
    }
    const read = await send(admin, 'GET', `/users/${row.id}`);
    expect(read.statusCode).toBe(200);
  });
});
