import { DataSource } from 'typeorm';
import { validateEnv } from '../src/config/env.validation';
import { buildDataSourceOptions } from '../src/database/database.options';

// The migrations must create exactly the schema the entities describe: after
// migration:run, migration:generate has nothing left to write.
describe('Database migrations (e2e)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource(
      buildDataSourceOptions(validateEnv(process.env)),
    );
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  async function pendingSchemaChanges(): Promise<string[]> {
    const log = await dataSource.driver.createSchemaBuilder().log();
    return log.upQueries.map((query) => query.query);
  }

  it('are all applied by the run setup', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('leave nothing for migration:generate to change', async () => {
    expect(await pendingSchemaChanges()).toEqual([]);
  });

  it('revert to an empty schema and apply again', async () => {
    // Newest first, down to before the initial schema.
    for (let undone = 0; undone < dataSource.migrations.length; undone += 1) {
      await dataSource.undoLastMigration({ transaction: 'all' });
    }
    const tables: { count: string }[] = await dataSource.query(
      `SELECT count(*) AS count FROM information_schema.tables
       WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables[0].count).toBe('0');
    expect((await pendingSchemaChanges()).length).toBeGreaterThan(0);

    await dataSource.runMigrations({ transaction: 'all' });

    expect(await pendingSchemaChanges()).toEqual([]);
  });
});
