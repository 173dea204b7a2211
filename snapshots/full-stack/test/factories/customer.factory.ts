import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { CreateCustomerDto } from '../../src/customers/dto/create-customer.dto';
import { CustomerResponse } from '../../src/customers/dto/customer-response.dto';
import { Customer } from '../../src/customers/entities/customer.entity';

/** A valid body for POST /customers; unique columns get fresh values. */
export function buildCreateCustomerDto(
  overrides: Partial<CreateCustomerDto> = {},
): CreateCustomerDto {
  return {
    name: 'Sample name',
    email: randomUUID().slice(0, 36),
    ...overrides,
  };
}

/** A Customer entity as the repository returns it (unit tests). */
export function buildCustomer(overrides: Partial<Customer> = {}): Customer {
  return Object.assign(new Customer(), {
    id: randomUUID(),
    name: 'Sample name',
    email: randomUUID().slice(0, 36),
    orders: [],
    createdAt: new Date('2024-01-01T00:00:00.000Z'),
    updatedAt: new Date('2024-01-01T00:00:00.000Z'),
    ...overrides,
  });
}

/** A valid body whose required references exist (created through the API). */
export async function prepareCreateCustomerDto(
  app: NestFastifyApplication,
  overrides: Partial<CreateCustomerDto> = {},
): Promise<CreateCustomerDto> {
  return Promise.resolve(buildCreateCustomerDto(overrides));
}

/** Creates a Customer through the API (and the rows it needs), for e2e tests. */
export async function createCustomer(
  app: NestFastifyApplication,
  overrides: Partial<CreateCustomerDto> = {},
): Promise<CustomerResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/customers',
    payload: await prepareCreateCustomerDto(app, overrides),
  });
  if (res.statusCode !== 201) {
    throw new Error(`POST /customers answered ${res.statusCode}: ${res.body}`);
  }
  return res.json<CustomerResponse>();
}
