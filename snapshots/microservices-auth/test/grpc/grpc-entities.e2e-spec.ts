import { status } from '@grpc/grpc-js';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  NoteServiceGrpcClient,
  GrpcCallSettings,
} from '../../src/grpc/grpc-clients';
import { CreateNoteRequest } from '../../src/grpc/grpc.types';
import { prepareCreateNoteDto } from '../factories/note.factory';
import { signIn } from '../support/auth';
import { callAs, createGrpcTestApp } from './grpc-app';

describe('gRPC NoteService (e2e, real PostgreSQL)', () => {
  let app: NestFastifyApplication;
  let client: NoteServiceGrpcClient;
  /** A signed-in member: the token every call below sends in its metadata. */
  let caller: GrpcCallSettings;

  /** A valid Create request: the HTTP factory's body, as the message carries it. */
  async function createRequest(): Promise<CreateNoteRequest> {
    const dto = await prepareCreateNoteDto(app);
    return {
      body: dto.body,
      pinned: dto.pinned ?? undefined,
    };
  }

  beforeAll(async () => {
    app = await createGrpcTestApp();
    client = app.get(NoteServiceGrpcClient);
    caller = callAs(await signIn(app, 'member'));
  });

  afterAll(async () => {
    await app.close();
  });

  it('creates, reads, lists, updates and deletes a note', async () => {
    const created = await client.create(await createRequest(), caller);

    await expect(client.get({ id: created.id }, caller)).resolves.toEqual(
      created,
    );
    const page = await client.list({ page: 1, limit: 100 }, caller);
    expect(page.items.map((row) => row.id)).toContain(created.id);
    expect(page.total).toBeGreaterThanOrEqual(1);

    const updated = await client.update(
      { id: created.id, body: 'Changed over gRPC' },
      caller,
    );
    expect(updated.body).toBe('Changed over gRPC');

    await expect(client.delete({ id: created.id }, caller)).resolves.toEqual(
      {},
    );
    await expect(client.get({ id: created.id }, caller)).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
  });

  it('answers NOT_FOUND for an id no row has', async () => {
    await expect(
      client.get({ id: '00000000-0000-4000-8000-000000000000' }, caller),
    ).rejects.toMatchObject({ code: status.NOT_FOUND });
    await expect(
      client.delete({ id: '00000000-0000-4000-8000-000000000000' }, caller),
    ).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it('answers INVALID_ARGUMENT for an id that is not a UUID', async () => {
    await expect(
      client.get({ id: 'not-a-uuid' }, caller),
    ).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
    });
  });

  it('refuses a call without a valid token (UNAUTHENTICATED)', async () => {
    await expect(client.list({})).rejects.toMatchObject({
      code: status.UNAUTHENTICATED,
    });
    await expect(
      client.list({}, callAs({ id: 'nobody', authorization: 'Bearer nope' })),
    ).rejects.toMatchObject({ code: status.UNAUTHENTICATED });
  });

  it("keeps a member's note from other members (NOT_FOUND), not from admins", async () => {
    const created = await client.create(await createRequest(), caller);
    const other = callAs(await signIn(app, 'member'));
    const admin = callAs(await signIn(app, 'admin'));
    const id = { id: created.id };

    const notFound = { code: status.NOT_FOUND };
    await expect(client.get(id, other)).rejects.toMatchObject(notFound);
    await expect(client.update(id, other)).rejects.toMatchObject(notFound);
    await expect(client.delete(id, other)).rejects.toMatchObject(notFound);
    const page = await client.list({ page: 1, limit: 100 }, other);
    expect(page.items.map((row) => row.id)).not.toContain(created.id);
    await expect(client.get(id, admin)).resolves.toEqual(created);
    await expect(client.get(id, caller)).resolves.toEqual(created);
  });
});
