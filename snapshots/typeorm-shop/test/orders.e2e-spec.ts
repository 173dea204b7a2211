import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Page } from '../src/database/pagination';
import {
  OrderDetailResponse as Detail,
  OrderResponse as Row,
} from '../src/orders/dto/order-response.dto';
import {
  buildCreateOrderDto as buildDto,
  createOrder as createOne,
  prepareCreateOrderDto as prepareDto,
} from './factories/order.factory';
import { createProduct } from './factories/product.factory';
import { createUser } from './factories/user.factory';
import { createTestApp } from './support/app';

describe('/orders (e2e)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates a order and reads it back', async () => {
    const dto = await prepareDto(app);

    const res = await app.inject({
      method: 'POST',
      url: '/orders',
      payload: dto,
    });

    expect(res.statusCode).toBe(201);
    const created = res.json<Row>();
    expect(created).toMatchObject({
      total: dto.total,
    });
    const read = await app.inject({
      method: 'GET',
      url: `/orders/${created.id}`,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ ...created });
  });

  it('returns its relations, loaded with the order', async () => {
    const customer = await createUser(app);
    const products = [await createProduct(app), await createProduct(app)];
    const created = await createOne(app, {
      customerId: customer.id,
      productIds: products.map((item) => item.id),
    });

    const res = await app.inject({
      method: 'GET',
      url: `/orders/${created.id}`,
    });

    expect(res.statusCode).toBe(200);
    const found = res.json<Detail>();
    expect(found.customer?.id).toBe(customer.id);
    expect(found.products.map((item) => item.id).sort()).toEqual(
      products.map((item) => item.id).sort(),
    );
  });

  it('lists a page within the bounds, in the order asked', async () => {
    for (let i = 0; i < 3; i++) {
      await createOne(app);
    }

    const res = await app.inject({
      method: 'GET',
      url: '/orders?page=1&limit=2&sort=createdAt&order=asc',
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
      url: `/orders?page=${page.total + 1}&limit=1`,
    });
    expect(beyond.json<Page<Row>>().items).toEqual([]);
  });

  it('sorts descending with sort=-column, as JSON:API writes it', async () => {
    for (let i = 0; i < 3; i++) {
      await createOne(app);
    }

    const res = await app.inject({
      method: 'GET',
      url: '/orders?sort=-createdAt&order=asc',
    });
    const unknown = await app.inject({
      method: 'GET',
      url: '/orders?sort=-nope',
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
        url: `/orders?${query}`,
      });

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    },
  );

  it('filters the list on a column', async () => {
    const customer = await createUser(app);
    const wanted = await createOne(app, { customerId: customer.id });
    await createOne(app);

    const res = await app.inject({
      method: 'GET',
      url: `/orders?customerId=${customer.id}`,
    });

    expect(res.statusCode).toBe(200);
    const page = res.json<Page<Row>>();
    expect(page.total).toBe(1);
    expect(page.items.map((item) => item.id)).toEqual([wanted.id]);
  });

  it('updates only the properties sent', async () => {
    const created = await createOne(app);
    const changes = { total: '3.50' };

    const res = await app.inject({
      method: 'PATCH',
      url: `/orders/${created.id}`,
      payload: changes,
    });

    expect(res.statusCode).toBe(200);
    const expected = {
      ...created,
      total: changes.total,
      updatedAt: expect.any(String) as unknown,
    };
    expect(res.json()).toEqual(expected);
    const read = await app.inject({
      method: 'GET',
      url: `/orders/${created.id}`,
    });
    expect(read.json()).toMatchObject(expected);
  });

  it('replaces the products it links to', async () => {
    const before = await createProduct(app);
    const after = await createProduct(app);
    const created = await createOne(app, { productIds: [before.id] });

    const res = await app.inject({
      method: 'PATCH',
      url: `/orders/${created.id}`,
      payload: { productIds: [after.id] },
    });

    expect(res.statusCode).toBe(200);
    const read = await app.inject({
      method: 'GET',
      url: `/orders/${created.id}`,
    });
    const linked = read.json<Detail>().products;
    expect(linked.map((item) => item.id)).toEqual([after.id]);
  });

  it('rejects an invalid body with 400 naming the property', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/orders',
      payload: { ...buildDto(), total: 12345 },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: string[] }>().errors.join(' ')).toContain(
      'total',
    );
  });

  it('rejects properties the API does not know', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/orders',
      payload: { ...buildDto(), id: randomUUID(), isAdmin: true },
    });

    expect(res.statusCode).toBe(400);
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const id = randomUUID();

    const responses = await Promise.all([
      app.inject({
        method: 'GET',
        url: `/orders/${id}`,
      }),
      app.inject({
        method: 'PATCH',
        url: `/orders/${id}`,
        payload: {},
      }),
      app.inject({
        method: 'DELETE',
        url: `/orders/${id}`,
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
      url: '/orders/not-a-uuid',
    });

    expect(res.statusCode).toBe(400);
  });

  it('answers 422 when the customer does not exist', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/orders',
      payload: buildDto({ customerId: randomUUID() }),
    });

    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ status: 422 });
  });

  it('deletes', async () => {
    const created = await createOne(app);

    const removed = await app.inject({
      method: 'DELETE',
      url: `/orders/${created.id}`,
    });
    const gone = await app.inject({
      method: 'GET',
      url: `/orders/${created.id}`,
    });

    expect(removed.statusCode).toBe(204);
    expect(gone.statusCode).toBe(404);
  });

  it('creates several in one request', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/orders/bulk',
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
      url: '/orders/bulk',
      payload: {
        items: Array.from({ length: count }, () => buildDto()),
      },
    });

    expect(res.statusCode).toBe(400);
  });
});
