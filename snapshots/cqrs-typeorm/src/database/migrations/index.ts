import { InitialSchema1735689600000 } from './1735689600000-initial-schema';
import { CqrsStore1767225600000 } from './1767225600000-cqrs-store';
import { CqrsSagaRetries1767312000000 } from './1767312000000-cqrs-saga-retries';

/**
 * Every migration, oldest first. Registered as classes (not a glob) so that they
 * load the same way in dist/, under Jest and through the TypeORM CLI.
 * Add each new migration (npm run migration:generate -- src/database/migrations/Name).
 */
export const migrations = [
  InitialSchema1735689600000,
  CqrsStore1767225600000,
  CqrsSagaRetries1767312000000,
];
