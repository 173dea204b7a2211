import type { DynamicModule, Provider } from '@nestjs/common';
import { RedisSessionStore } from './redis-session.store';
import { SessionStore } from './session-store';

export const sessionStoreImports: DynamicModule[] = [];

/** Sessions live in Redis, shared by every instance of the app. */
export const sessionStoreProvider: Provider = {
  provide: SessionStore,
  useClass: RedisSessionStore,
};
