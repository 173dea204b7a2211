import { InitialSchema1735689600000 } from './1735689600000-initial-schema';

/**
 * Every migration, oldest first. Registered as classes (not a glob) so that they
 * load the same way in dist/, under Jest and through the TypeORM CLI.
 * Add each new migration (npm run migration:generate -- src/database/migrations/Name).
 */
export const migrations = [InitialSchema1735689600000];
