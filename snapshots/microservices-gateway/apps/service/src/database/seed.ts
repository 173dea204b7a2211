import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { Product } from '../products/entities/product.entity';
import { validateEnv } from '../config/env.validation';
import { buildDataSourceOptions } from './database.options';

// npm run seed: three sample rows per entity, in one transaction, on the
// database of the environment (.env). Meant for local development.
const ROWS = 3;

async function seed(manager: EntityManager): Promise<void> {
  const products = await manager.save(
    Product,
    Array.from({ length: ROWS }, () =>
      manager.create(Product, {
        name: 'Sample name',
        price: 42,
      }),
    ),
  );
  const counts = { products: products.length };
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
