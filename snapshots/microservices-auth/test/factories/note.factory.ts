import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { CreateNoteDto } from '../../src/notes/dto/create-note.dto';
import { NoteResponse } from '../../src/notes/dto/note-response.dto';
import { Note } from '../../src/notes/entities/note.entity';

/** A valid body for POST /notes; unique columns get fresh values. */
export function buildCreateNoteDto(
  overrides: Partial<CreateNoteDto> = {},
): CreateNoteDto {
  return {
    body: 'Some body text',
    pinned: true,
    ...overrides,
  };
}

/** A Note entity as the repository returns it (unit tests). */
export function buildNote(overrides: Partial<Note> = {}): Note {
  return Object.assign(new Note(), {
    id: randomUUID(),
    body: 'Some body text',
    pinned: true,
    authorId: null,
    author: null,
    createdAt: new Date('2024-01-01T00:00:00.000Z'),
    updatedAt: new Date('2024-01-01T00:00:00.000Z'),
    ...overrides,
  });
}

/** A valid body whose required references exist (created through the API). */
export async function prepareCreateNoteDto(
  app: NestFastifyApplication,
  overrides: Partial<CreateNoteDto> = {},
): Promise<CreateNoteDto> {
  return Promise.resolve(buildCreateNoteDto(overrides));
}

/** Creates a Note through the API (and the rows it needs), for e2e tests. */
export async function createNote(
  app: NestFastifyApplication,
  overrides: Partial<CreateNoteDto> = {},
): Promise<NoteResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/notes',
    payload: await prepareCreateNoteDto(app, overrides),
  });
  if (res.statusCode !== 201) {
    throw new Error(`POST /notes answered ${res.statusCode}: ${res.body}`);
  }
  return res.json<NoteResponse>();
}
