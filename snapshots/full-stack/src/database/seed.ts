import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { Customer } from '../customers/entities/customer.entity';
import { Order } from '../orders/entities/order.entity';
import { validateEnv } from '../config/env.validation';
import { buildDataSourceOptions } from './database.options';

// npm run seed: three sample rows per entity, in one transaction, on the
// database of the environment (.env). Meant for local development.
const ROWS = 3;

async function seed(manager: EntityManager): Promise<void> {
  const customers = await manager.save(
    Customer,
    Array.from({ length: ROWS }, () =>
      manager.create(Customer, {
        name: 'Sample name',
        email: randomUUID().slice(0, 36),
      }),
    ),
  );
  const orders = await manager.save(
    Order,
    Array.from({ length: ROWS }, () =>
      manager.create(Order, {
        total: '12.50',
        status: 'open',
      }),
    ),
  );
  const counts = { customers: customers.length, orders: orders.length };
  console.log('Seeded rows:', counts);
}

async function main(): Promise<void> {
  if (existsSync('.env')) {
    process.loadEnvFile('.env');
  }
  const dataSource = new DataSource(
    buildDataSourceOptions(validateEnv(process.env)),
  );
  await dataSource.initialize();
  try {
    await dataSource.transaction(seed);
  } finally {
    await dataSource.destroy();
  }
}

void main();
