import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { Order } from '../orders/entities/order.entity';
import { Product } from '../products/entities/product.entity';
import { Profile } from '../profiles/entities/profile.entity';
import { User } from '../users/entities/user.entity';
import { validateEnv } from '../config/env.validation';
import { buildDataSourceOptions } from './database.options';

// npm run seed: three sample rows per entity, in one transaction, on the
// database of the environment (.env). Meant for local development.
const ROWS = 3;

async function seed(manager: EntityManager): Promise<void> {
  const users = await manager.save(
    User,
    Array.from({ length: ROWS }, () =>
      manager.create(User, {
        email: randomUUID().slice(0, 36),
        displayName: 'Sample displayName',
        role: 'admin',
      }),
    ),
  );
  const profiles = await manager.save(
    Profile,
    Array.from({ length: ROWS }, () =>
      manager.create(Profile, {
        bio: 'Some bio text',
      }),
    ),
  );
  const orders = await manager.save(
    Order,
    Array.from({ length: ROWS }, () =>
      manager.create(Order, {
        total: '12.50',
      }),
    ),
  );
  const products = await manager.save(
    Product,
    Array.from({ length: ROWS }, () =>
      manager.create(Product, {
        sku: randomUUID().slice(0, 36),
        price: '12.50',
        stock: 42,
        barcode: '9007199254740993',
        weight: 1.5,
        active: true,
        releasedOn: '2024-05-17',
        availableAt: new Date('2024-05-17T10:00:00.000Z'),
        supplierRef: randomUUID(),
        attributes: { sample: true },
      }),
    ),
  );
  const counts = {
    users: users.length,
    profiles: profiles.length,
    orders: orders.length,
    products: products.length,
  };
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
