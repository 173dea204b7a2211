import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { Product } from '../products/entities/product.entity';
import { Warehouse } from '../warehouses/entities/warehouse.entity';
import { validateEnv } from '../config/env.validation';
import { buildDataSourceOptions } from './database.options';

// npm run seed: three sample rows per entity, in one transaction, on the
// database of the environment (.env). Meant for local development.
const ROWS = 3;

async function seed(manager: EntityManager): Promise<void> {
  const warehouses = await manager.save(
    Warehouse,
    Array.from({ length: ROWS }, () =>
      manager.create(Warehouse, {
        code: randomUUID().slice(0, 20),
        city: 'Sample city',
      }),
    ),
  );
  const products = await manager.save(
    Product,
    Array.from({ length: ROWS }, (_, index) =>
      manager.create(Product, {
        sku: randomUUID().slice(0, 36),
        title: 'Sample title',
        price: '12.50',
        stock: 42,
        attributes: { sample: true },
        restockedAt: new Date('2024-05-17T10:00:00.000Z'),
        warehouseId: warehouses[index].id,
      }),
    ),
  );
  const counts = { warehouses: warehouses.length, products: products.length };
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
