import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { CreateUserDto } from '../../src/users/dto/create-user.dto';
import { UserResponse } from '../../src/users/dto/user-response.dto';
import { User } from '../../src/users/entities/user.entity';

/** A valid body for POST /users; unique columns get fresh values. */
export function buildCreateUserDto(
  overrides: Partial<CreateUserDto> = {},
): CreateUserDto {
  return {
    email: `${randomUUID()}@example.test`,
    role: 'member',
    emailVerifiedAt: new Date('2024-05-17T10:00:00.000Z'),
    displayName: 'Sample displayName',
    ...overrides,
  };
}

/** A User entity as the repository returns it (unit tests). */
export function buildUser(overrides: Partial<User> = {}): User {
  return Object.assign(new User(), {
    id: randomUUID(),
    email: `${randomUUID()}@example.test`,
    role: 'member',
    emailVerifiedAt: new Date('2024-05-17T10:00:00.000Z'),
    displayName: 'Sample displayName',
    createdAt: new Date('2024-01-01T00:00:00.000Z'),
    updatedAt: new Date('2024-01-01T00:00:00.000Z'),
    ...overrides,
  });
}

/** A valid body whose required references exist (created through the API). */
export async function prepareCreateUserDto(
  app: NestFastifyApplication,
  overrides: Partial<CreateUserDto> = {},
): Promise<CreateUserDto> {
  return Promise.resolve(buildCreateUserDto(overrides));
}

/** Creates a User through the API (and the rows it needs), for e2e tests. */
export async function createUser(
  app: NestFastifyApplication,
  overrides: Partial<CreateUserDto> = {},
): Promise<UserResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/users',
    payload: await prepareCreateUserDto(app, overrides),
  });
  if (res.statusCode !== 201) {
    throw new Error(`POST /users answered ${res.statusCode}: ${res.body}`);
  }
  return res.json<UserResponse>();
}
