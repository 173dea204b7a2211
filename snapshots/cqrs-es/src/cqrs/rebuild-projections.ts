import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { ORDER } from '../orders/order.aggregate';
import { validateEnv } from '../config/env.validation';
import { buildDataSourceOptions } from '../database/database.options';
import { EventStore } from './event-store';
import { Projector } from './projector';
import { ViewStore } from './view-store';

// npm run projections:rebuild: every read model of the event-sourced
// aggregates dropped and rebuilt from the event log alone.
async function rebuild(): Promise<void> {
  if (existsSync('.env')) {
    process.loadEnvFile('.env');
  }
  const dataSource = new DataSource(
    buildDataSourceOptions(validateEnv(process.env)),
  );
  await dataSource.initialize();
  try {
    const events = new EventStore(dataSource);
    const projector = new Projector(
      dataSource,
      events,
      new ViewStore(dataSource),
    );
    for (const definition of [ORDER]) {
      const count = await projector.rebuild(definition);
      console.log(`${definition.type}: ${count} read models rebuilt`);
    }
  } finally {
    await dataSource.destroy();
  }
}

rebuild().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
