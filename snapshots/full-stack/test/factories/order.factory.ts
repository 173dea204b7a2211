import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { CreateOrderDto } from '../../src/orders/dto/create-order.dto';
import { OrderResponse } from '../../src/orders/dto/order-response.dto';
import { Order } from '../../src/orders/entities/order.entity';

/** A valid body for POST /orders; unique columns get fresh values. */
export function buildCreateOrderDto(
  overrides: Partial<CreateOrderDto> = {},
): CreateOrderDto {
  return {
    total: '12.50',
    status: 'open',
    ...overrides,
  };
}

/** A Order entity as the repository returns it (unit tests). */
export function buildOrder(overrides: Partial<Order> = {}): Order {
  return Object.assign(new Order(), {
    id: randomUUID(),
    total: '12.50',
    status: 'open',
    customerId: null,
    customer: null,
    createdAt: new Date('2024-01-01T00:00:00.000Z'),
    updatedAt: new Date('2024-01-01T00:00:00.000Z'),
    ...overrides,
  });
}

/** A valid body whose required references exist (created through the API). */
export async function prepareCreateOrderDto(
  app: NestFastifyApplication,
  overrides: Partial<CreateOrderDto> = {},
): Promise<CreateOrderDto> {
  return Promise.resolve(buildCreateOrderDto(overrides));
}

/** Creates a Order through the API (and the rows it needs), for e2e tests. */
export async function createOrder(
  app: NestFastifyApplication,
  overrides: Partial<CreateOrderDto> = {},
): Promise<OrderResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/orders',
    payload: await prepareCreateOrderDto(app, overrides),
  });
  if (res.statusCode !== 201) {
    throw new Error(`POST /orders answered ${res.statusCode}: ${res.body}`);
  }
  return res.json<OrderResponse>();
}
