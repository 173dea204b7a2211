import type { Provider } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthSession } from '../../auth-sessions/entities/auth-session.entity';
import { DatabaseSessionStore } from './database-session.store';
import { SessionStore } from './session-store';

export const sessionStoreImports = [TypeOrmModule.forFeature([AuthSession])];

/** Sessions live in the database (no Redis in this project). */
export const sessionStoreProvider: Provider = {
  provide: SessionStore,
  useClass: DatabaseSessionStore,
};
