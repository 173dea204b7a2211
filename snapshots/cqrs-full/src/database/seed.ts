import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { Product } from '../products/entities/product.entity';
import { User } from '../users/entities/user.entity';
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
        price: '12.50',
      }),
    ),
  );
  const users = await manager.save(
    User,
    Array.from({ length: ROWS }, () =>
      manager.create(User, {
        email: `${randomUUID()}@example.test`,
        role: 'member',
        emailVerifiedAt: new Date('2024-05-17T10:00:00.000Z'),
      }),
    ),
  );
  const counts = { products: products.length, users: users.length };
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
