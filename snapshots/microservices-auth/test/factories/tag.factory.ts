import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { CreateTagDto } from '../../src/tags/dto/create-tag.dto';
import { TagResponse } from '../../src/tags/dto/tag-response.dto';
import { Tag } from '../../src/tags/entities/tag.entity';

/** A valid body for POST /tags; unique columns get fresh values. */
export function buildCreateTagDto(
  overrides: Partial<CreateTagDto> = {},
): CreateTagDto {
  return {
    label: randomUUID().slice(0, 36),
    ...overrides,
  };
}

/** A Tag entity as the repository returns it (unit tests). */
export function buildTag(overrides: Partial<Tag> = {}): Tag {
  return Object.assign(new Tag(), {
    id: randomUUID(),
    label: randomUUID().slice(0, 36),
    createdAt: new Date('2024-01-01T00:00:00.000Z'),
    updatedAt: new Date('2024-01-01T00:00:00.000Z'),
    ...overrides,
  });
}

/** A valid body whose required references exist (created through the API). */
export async function prepareCreateTagDto(
  app: NestFastifyApplication,
  overrides: Partial<CreateTagDto> = {},
): Promise<CreateTagDto> {
  return Promise.resolve(buildCreateTagDto(overrides));
}

/** Creates a Tag through the API (and the rows it needs), for e2e tests. */
export async function createTag(
  app: NestFastifyApplication,
  overrides: Partial<CreateTagDto> = {},
): Promise<TagResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/tags',
    payload: await prepareCreateTagDto(app, overrides),
  });
  if (res.statusCode !== 201) {
    throw new Error(`POST /tags answered ${res.statusCode}: ${res.body}`);
  }
  return res.json<TagResponse>();
}
