import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { CreateTaskDto } from '../../src/tasks/dto/create-task.dto';
import { TaskResponse } from '../../src/tasks/dto/task-response.dto';
import { Task } from '../../src/tasks/entities/task.entity';

/** A valid body for POST /tasks; unique columns get fresh values. */
export function buildCreateTaskDto(
  overrides: Partial<CreateTaskDto> = {},
): CreateTaskDto {
  return {
    title: 'Sample title',
    done: true,
    ...overrides,
  };
}

/** A Task entity as the repository returns it (unit tests). */
export function buildTask(overrides: Partial<Task> = {}): Task {
  return Object.assign(new Task(), {
    id: randomUUID(),
    title: 'Sample title',
    done: true,
    projectId: null,
    project: null,
    createdAt: new Date('2024-01-01T00:00:00.000Z'),
    updatedAt: new Date('2024-01-01T00:00:00.000Z'),
    ...overrides,
  });
}

/** A valid body whose required references exist (created through the API). */
export async function prepareCreateTaskDto(
  app: NestFastifyApplication,
  overrides: Partial<CreateTaskDto> = {},
): Promise<CreateTaskDto> {
  return Promise.resolve(buildCreateTaskDto(overrides));
}

/** Creates a Task through the API (and the rows it needs), for e2e tests. */
export async function createTask(
  app: NestFastifyApplication,
  overrides: Partial<CreateTaskDto> = {},
): Promise<TaskResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/tasks',
    payload: await prepareCreateTaskDto(app, overrides),
  });
  if (res.statusCode !== 201) {
    throw new Error(`POST /tasks answered ${res.statusCode}: ${res.body}`);
  }
  return res.json<TaskResponse>();
}
