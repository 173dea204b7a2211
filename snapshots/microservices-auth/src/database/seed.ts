import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { Note } from '../notes/entities/note.entity';
import { Tag } from '../tags/entities/tag.entity';
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
  const notes = await manager.save(
    Note,
    Array.from({ length: ROWS }, () =>
      manager.create(Note, {
        body: 'Some body text',
        pinned: true,
      }),
    ),
  );
  const tags = await manager.save(
    Tag,
    Array.from({ length: ROWS }, () =>
      manager.create(Tag, {
        label: randomUUID().slice(0, 36),
      }),
    ),
  );
  const counts = {
    users: users.length,
    notes: notes.length,
    tags: tags.length,
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
