import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { CreateProductDto } from '../../src/products/dto/create-product.dto';
import { ProductResponse } from '../../src/products/dto/product-response.dto';
import { Product } from '../../src/products/entities/product.entity';

/** A valid body for POST /products; unique columns get fresh values. */
export function buildCreateProductDto(
  overrides: Partial<CreateProductDto> = {},
): CreateProductDto {
  return {
    name: 'Sample name',
    price: '12.50',
    ...overrides,
  };
}

/** A Product entity as the repository returns it (unit tests). */
export function buildProduct(overrides: Partial<Product> = {}): Product {
  return Object.assign(new Product(), {
    id: randomUUID(),
    name: 'Sample name',
    price: '12.50',
    createdAt: new Date('2024-01-01T00:00:00.000Z'),
    updatedAt: new Date('2024-01-01T00:00:00.000Z'),
    ...overrides,
  });
}

/** A valid body whose required references exist (created through the API). */
export async function prepareCreateProductDto(
  app: NestFastifyApplication,
  overrides: Partial<CreateProductDto> = {},
): Promise<CreateProductDto> {
  return Promise.resolve(buildCreateProductDto(overrides));
}

/** Creates a Product through the API (and the rows it needs), for e2e tests. */
export async function createProduct(
  app: NestFastifyApplication,
  overrides: Partial<CreateProductDto> = {},
): Promise<ProductResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/products',
    payload: await prepareCreateProductDto(app, overrides),
  });
  if (res.statusCode !== 201) {
    throw new Error(`POST /products answered ${res.statusCode}: ${res.body}`);
  }
  return res.json<ProductResponse>();
}
