import { randomBytes } from 'node:crypto';

// Secrets of this run only, and emails kept in memory where tests read them.
export async function setupAuth(): Promise<void> {
  process.env.JWT_ACCESS_SECRET ??= randomBytes(32).toString('hex');
  process.env.EMAIL_TOKEN_SECRET ??= randomBytes(32).toString('hex');
  process.env.MAIL_TRANSPORT = 'memory';
}

export async function teardownAuth(): Promise<void> {
  // Nothing outlives the run: users and sessions go with its database and key prefix.
}
