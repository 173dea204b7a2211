import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Page } from '../src/database/pagination';
import { ProductResponse as Row } from '../src/products/dto/product-response.dto';
import {
  buildCreateProductDto as buildDto,
  createProduct as createOne,
  prepareCreateProductDto as prepareDto,
} from './factories/product.factory';
import { createTestApp } from './support/app';
import { TestCaller, signIn } from './support/auth';

describe('/products (e2e)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates a product and reads it back', async () => {
    const dto = await prepareDto(app);

    const res = await app.inject({
      method: 'POST',
      url: '/products',
      payload: dto,
    });

    expect(res.statusCode).toBe(201);
    const created = res.json<Row>();
    expect(created).toMatchObject({
      name: dto.name,
      price: dto.price,
    });
    const read = await app.inject({
      method: 'GET',
      url: `/products/${created.id}`,
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
      url: '/products?page=1&limit=2&sort=createdAt&order=asc',
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
      url: `/products?page=${page.total + 1}&limit=1`,
    });
    expect(beyond.json<Page<Row>>().items).toEqual([]);
  });

  it('sorts descending with sort=-column, as JSON:API writes it', async () => {
    for (let i = 0; i < 3; i++) {
      await createOne(app);
    }

    const res = await app.inject({
      method: 'GET',
      url: '/products?sort=-createdAt&order=asc',
    });
    const unknown = await app.inject({
      method: 'GET',
      url: '/products?sort=-nope',
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
        url: `/products?${query}`,
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
      url: `/products/${created.id}`,
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
      url: `/products/${created.id}`,
    });
    expect(read.json()).toMatchObject(expected);
  });

  it('rejects an invalid body with 400 naming the property', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/products',
      payload: { ...buildDto(), name: 12345 },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: string[] }>().errors.join(' ')).toContain('name');
  });

  it('rejects a name longer than 120 characters', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/products',
      payload: buildDto({ name: 'x'.repeat(121) }),
    });

    expect(res.statusCode).toBe(400);
  });

  it('rejects properties the API does not know', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/products',
      payload: { ...buildDto(), id: randomUUID(), isAdmin: true },
    });

    expect(res.statusCode).toBe(400);
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const id = randomUUID();

    const responses = await Promise.all([
      app.inject({
        method: 'GET',
        url: `/products/${id}`,
      }),
      app.inject({
        method: 'PATCH',
        url: `/products/${id}`,
        payload: {},
      }),
      app.inject({
        method: 'DELETE',
        url: `/products/${id}`,
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
      url: '/products/not-a-uuid',
    });

    expect(res.statusCode).toBe(400);
  });

  it('deletes', async () => {
    const created = await createOne(app);

    const removed = await app.inject({
      method: 'DELETE',
      url: `/products/${created.id}`,
    });
    const gone = await app.inject({
      method: 'GET',
      url: `/products/${created.id}`,
    });

    expect(removed.statusCode).toBe(204);
    expect(gone.statusCode).toBe(404);
  });

  it('creates several in one request', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/products/bulk',
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
      url: '/products/bulk',
      payload: {
        items: Array.from({ length: count }, () => buildDto()),
      },
    });

    expect(res.statusCode).toBe(400);
  });
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

// Every route, called from outside by nobody, two members and an admin.
describe('/products (e2e): who may call it', () => {
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
    const res = await send(caller, 'POST', '/products', await prepareDto(app));
    expect(res.statusCode).toBe(201);
    return res.json<Row>();
  }

  function routes(id: string): [Method, string, object | undefined][] {
    return [
      ['POST', '/products', buildDto()],
      ['POST', '/products/bulk', { items: [buildDto()] }],
      ['GET', '/products', undefined],
      ['GET', `/products/${id}`, undefined],
      ['PATCH', `/products/${id}`, {}],
      ['DELETE', `/products/${id}`, undefined],
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
      const res = await send(caller, 'GET', `/products/${row.id}`);
      expect(res.statusCode).toBe(200);
    }
  });
});
