import { status } from '@grpc/grpc-js';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProductServiceGrpcClient } from '../../src/grpc/grpc-clients';
import { CreateProductRequest } from '../../src/grpc/grpc.types';
import { prepareCreateProductDto } from '../factories/product.factory';
import { createGrpcTestApp } from './grpc-app';

describe('gRPC ProductService (e2e, real PostgreSQL)', () => {
  let app: NestFastifyApplication;
  let client: ProductServiceGrpcClient;

  /** A valid Create request: the HTTP factory's body, as the message carries it. */
  async function createRequest(): Promise<CreateProductRequest> {
    const dto = await prepareCreateProductDto(app);
    return {
      name: dto.name,
      price: dto.price,
    };
  }

  beforeAll(async () => {
    app = await createGrpcTestApp();
    client = app.get(ProductServiceGrpcClient);
  });

  afterAll(async () => {
    await app.close();
  });

  it('creates, reads, lists, updates and deletes a product', async () => {
    const created = await client.create(await createRequest());

    await expect(client.get({ id: created.id })).resolves.toEqual(created);
    const page = await client.list({ page: 1, limit: 100 });
    expect(page.items.map((row) => row.id)).toContain(created.id);
    expect(page.total).toBeGreaterThanOrEqual(1);

    const updated = await client.update({
      id: created.id,
      name: 'Changed over gRPC',
    });
    expect(updated.name).toBe('Changed over gRPC');

    await expect(client.delete({ id: created.id })).resolves.toEqual({});
    await expect(client.get({ id: created.id })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
  });

  it('answers NOT_FOUND for an id no row has', async () => {
    await expect(
      client.get({ id: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: status.NOT_FOUND });
    await expect(
      client.delete({ id: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it('answers INVALID_ARGUMENT for an id that is not a UUID', async () => {
    await expect(client.get({ id: 'not-a-uuid' })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
    });
  });

  it('checks a request with the HTTP API validation (INVALID_ARGUMENT)', async () => {
    const request = await createRequest();
    request.name = 'x'.repeat(256);

    await expect(client.create(request)).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
    });
  });
});
