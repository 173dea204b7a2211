import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { CreateProfileDto } from '../../src/profiles/dto/create-profile.dto';
import { ProfileResponse } from '../../src/profiles/dto/profile-response.dto';
import { Profile } from '../../src/profiles/entities/profile.entity';

/** A valid body for POST /profiles; unique columns get fresh values. */
export function buildCreateProfileDto(
  overrides: Partial<CreateProfileDto> = {},
): CreateProfileDto {
  return {
    bio: 'Some bio text',
    ...overrides,
  };
}

/** A Profile entity as the repository returns it (unit tests). */
export function buildProfile(overrides: Partial<Profile> = {}): Profile {
  return Object.assign(new Profile(), {
    id: randomUUID(),
    bio: 'Some bio text',
    createdAt: new Date('2024-01-01T00:00:00.000Z'),
    updatedAt: new Date('2024-01-01T00:00:00.000Z'),
    ...overrides,
  });
}

/** A valid body whose required references exist (created through the API). */
export async function prepareCreateProfileDto(
  app: NestFastifyApplication,
  overrides: Partial<CreateProfileDto> = {},
): Promise<CreateProfileDto> {
  return Promise.resolve(buildCreateProfileDto(overrides));
}

/** Creates a Profile through the API (and the rows it needs), for e2e tests. */
export async function createProfile(
  app: NestFastifyApplication,
  overrides: Partial<CreateProfileDto> = {},
): Promise<ProfileResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/profiles',
    payload: await prepareCreateProfileDto(app, overrides),
  });
  if (res.statusCode !== 201) {
    throw new Error(`POST /profiles answered ${res.statusCode}: ${res.body}`);
  }
  return res.json<ProfileResponse>();
}
