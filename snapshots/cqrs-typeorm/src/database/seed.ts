import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { Project } from '../projects/entities/project.entity';
import { Task } from '../tasks/entities/task.entity';
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
        email: `${randomUUID()}@example.test`,
        role: 'member',
        emailVerifiedAt: new Date('2024-05-17T10:00:00.000Z'),
        displayName: 'Sample displayName',
      }),
    ),
  );
  const projects = await manager.save(
    Project,
    Array.from({ length: ROWS }, () =>
      manager.create(Project, {
        name: 'Sample name',
        budget: '12.50',
      }),
    ),
  );
  const tasks = await manager.save(
    Task,
    Array.from({ length: ROWS }, () =>
      manager.create(Task, {
        title: 'Sample title',
        done: true,
      }),
    ),
  );
  const counts = {
    users: users.length,
    projects: projects.length,
    tasks: tasks.length,
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
