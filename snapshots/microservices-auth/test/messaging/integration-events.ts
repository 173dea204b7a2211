import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IntegrationEventHandlers } from '../../src/messaging/integration-event.handlers';
import {
  EntityChange,
  EntityEvent,
} from '../../src/messaging/messaging.patterns';
import { createNote, prepareCreateNoteDto } from '../factories/note.factory';
import { eventually } from './broker-app';

/**
 * Creates, updates and deletes a Note over HTTP, and resolves once each write's
 * event has come back in through the broker the app serves on.
 */
export async function expectEntityEventsBack(
  app: NestFastifyApplication,
): Promise<void> {
  const received = jest.spyOn(app.get(IntegrationEventHandlers), 'received');
  const arrived = (change: EntityChange, id: string) => {
    const name = `note.${change}`;
    return eventually(
      () =>
        received.mock.calls.find(
          ([event, payload]: [string, EntityEvent]) =>
            event === name && payload.id === id,
        ),
      `${name} ${id}`,
    );
  };
  try {
    const created = await createNote(app);
    const [, payload] = await arrived('created', created.id);
    expect(payload).toEqual(created);

    const patched = await app.inject({
      method: 'PATCH',
      url: `/notes/${created.id}`,
      payload: await prepareCreateNoteDto(app),
    });
    expect(patched.statusCode).toBe(200);
    const [, updated] = await arrived('updated', created.id);
    expect(updated).toEqual(patched.json());

    const res = await app.inject({
      method: 'DELETE',
      url: `/notes/${created.id}`,
    });
    expect(res.statusCode).toBe(204);
    await arrived('deleted', created.id);
  } finally {
    received.mockRestore();
  }
}
