import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { Task } from '../tasks/entities/task.entity';
import { validateEnv } from '../config/env.validation';
import { buildDataSourceOptions } from './database.options';

// npm run seed: three sample rows per entity, in one transaction, on the
// database of the environment (.env). Meant for local development.
const ROWS = 3;

async function seed(manager: EntityManager): Promise<void> {
  const tasks = await manager.save(
    Task,
    Array.from({ length: ROWS }, () =>
      manager.create(Task, {
        title: 'Sample title',
        notes: 'Some notes text',
        priority: 'low',
        done: true,
        dueOn: '2024-05-17',
      }),
    ),
  );
  const counts = { tasks: tasks.length };
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
