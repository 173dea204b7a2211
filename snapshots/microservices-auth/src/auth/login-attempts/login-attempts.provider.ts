import type { Provider } from '@nestjs/common';
import { LoginAttempts } from './login-attempts';
import { MemoryLoginAttempts } from './memory-login-attempts';

/** Counters live in this process (no Redis in this project). */
export const loginAttemptsProvider: Provider = {
  provide: LoginAttempts,
  useClass: MemoryLoginAttempts,
};
