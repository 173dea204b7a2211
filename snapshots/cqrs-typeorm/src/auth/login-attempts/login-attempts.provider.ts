import type { Provider } from '@nestjs/common';
import { LoginAttempts } from './login-attempts';
import { RedisLoginAttempts } from './redis-login-attempts';

/** Counters live in Redis: a lock holds whichever instance a client reaches. */
export const loginAttemptsProvider: Provider = {
  provide: LoginAttempts,
  useClass: RedisLoginAttempts,
};
