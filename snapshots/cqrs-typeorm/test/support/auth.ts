import { INestApplication } from '@nestjs/common';
import { getRepositoryToken } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { Role } from '../../src/auth/auth.types';
import { SessionStore } from '../../src/auth/sessions/session-store';
import { AccessTokensService } from '../../src/auth/tokens/access-tokens.service';
import { User } from '../../src/users/entities/user.entity';

/** A signed-in test account: its id and its Authorization header value. */
export interface TestCaller {
  id: string;
  authorization: string;
}

/**
 * A verified user of `role` with a live session, straight through the
 * services (no email round trip).
 */
export async function signIn(
  app: INestApplication,
  role: Role,
): Promise<TestCaller> {
  const users = app.get<Repository<User>>(getRepositoryToken(User));
  const user = await users.save(
    users.create({
      email: `${role}-${randomUUID()}@example.test`,
      passwordHash: 'no password: signed in by the test',
      role,
      emailVerifiedAt: new Date(),
    }),
  );
  const sessionId = randomUUID();
  await app.get(SessionStore).create({
    id: sessionId,
    userId: user.id,
    device: 'e2e',
    secretHash: 'none',
    previousSecretHash: null,
    rotatedAt: Date.now(),
    expiresAt: Date.now() + 3_600_000,
  });
  const token = await app
    .get(AccessTokensService)
    .sign({ sub: user.id, role, sid: sessionId });
  return { id: user.id, authorization: `Bearer ${token}` };
}

/** signIn, keeping only the Authorization header value. */
export async function authenticateAs(
  app: INestApplication,
  role: Role,
): Promise<string> {
  return (await signIn(app, role)).authorization;
}
