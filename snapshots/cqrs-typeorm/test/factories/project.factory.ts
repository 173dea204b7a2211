import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { CreateProjectDto } from '../../src/projects/dto/create-project.dto';
import { ProjectResponse } from '../../src/projects/dto/project-response.dto';
import { Project } from '../../src/projects/entities/project.entity';

/** A valid body for POST /projects; unique columns get fresh values. */
export function buildCreateProjectDto(
  overrides: Partial<CreateProjectDto> = {},
): CreateProjectDto {
  return {
    name: 'Sample name',
    budget: '12.50',
    ...overrides,
  };
}

/** A Project entity as the repository returns it (unit tests). */
export function buildProject(overrides: Partial<Project> = {}): Project {
  return Object.assign(new Project(), {
    id: randomUUID(),
    name: 'Sample name',
    budget: '12.50',
    ownerId: null,
    owner: null,
    tasks: [],
    createdAt: new Date('2024-01-01T00:00:00.000Z'),
    updatedAt: new Date('2024-01-01T00:00:00.000Z'),
    deletedAt: null,
    ...overrides,
  });
}

/** A valid body whose required references exist (created through the API). */
export async function prepareCreateProjectDto(
  app: NestFastifyApplication,
  overrides: Partial<CreateProjectDto> = {},
): Promise<CreateProjectDto> {
  return Promise.resolve(buildCreateProjectDto(overrides));
}

/** Creates a Project through the API (and the rows it needs), for e2e tests. */
export async function createProject(
  app: NestFastifyApplication,
  overrides: Partial<CreateProjectDto> = {},
): Promise<ProjectResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/projects',
    payload: await prepareCreateProjectDto(app, overrides),
  });
  if (res.statusCode !== 201) {
    throw new Error(`POST /projects answered ${res.statusCode}: ${res.body}`);
  }
  return res.json<ProjectResponse>();
}
