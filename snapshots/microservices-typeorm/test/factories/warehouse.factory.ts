import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { CreateWarehouseDto } from '../../src/warehouses/dto/create-warehouse.dto';
import { WarehouseResponse } from '../../src/warehouses/dto/warehouse-response.dto';
import { Warehouse } from '../../src/warehouses/entities/warehouse.entity';

/** A valid body for POST /warehouses; unique columns get fresh values. */
export function buildCreateWarehouseDto(
  overrides: Partial<CreateWarehouseDto> = {},
): CreateWarehouseDto {
  return {
    code: randomUUID().slice(0, 20),
    city: 'Sample city',
    ...overrides,
  };
}

/** A Warehouse entity as the repository returns it (unit tests). */
export function buildWarehouse(overrides: Partial<Warehouse> = {}): Warehouse {
  return Object.assign(new Warehouse(), {
    id: randomUUID(),
    code: randomUUID().slice(0, 20),
    city: 'Sample city',
    createdAt: new Date('2024-01-01T00:00:00.000Z'),
    updatedAt: new Date('2024-01-01T00:00:00.000Z'),
    ...overrides,
  });
}

/** A valid body whose required references exist (created through the API). */
export async function prepareCreateWarehouseDto(
  app: NestFastifyApplication,
  overrides: Partial<CreateWarehouseDto> = {},
): Promise<CreateWarehouseDto> {
  return Promise.resolve(buildCreateWarehouseDto(overrides));
}

/** Creates a Warehouse through the API (and the rows it needs), for e2e tests. */
export async function createWarehouse(
  app: NestFastifyApplication,
  overrides: Partial<CreateWarehouseDto> = {},
): Promise<WarehouseResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/warehouses',
    payload: await prepareCreateWarehouseDto(app, overrides),
  });
  if (res.statusCode !== 201) {
    throw new Error(`POST /warehouses answered ${res.statusCode}: ${res.body}`);
  }
  return res.json<WarehouseResponse>();
}
