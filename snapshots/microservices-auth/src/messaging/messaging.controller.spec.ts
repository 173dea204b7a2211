import { Mocked, TestBed } from '@suites/unit';
import { IntegrationEventHandlers } from './integration-event.handlers';
import { MessagingController } from './messaging.controller';

describe('MessagingController (Suites solitary)', () => {
  let controller: MessagingController;
  let handlers: Mocked<IntegrationEventHandlers>;

  beforeEach(async () => {
    const { unit, unitRef } =
      await TestBed.solitary(MessagingController).compile();
    controller = unit;
    handlers = unitRef.get(IntegrationEventHandlers);
  });

  it('answers ping with the service name and the time', () => {
    const pong = controller.ping();

    expect(pong.service).toBe('notes-grpc');
    expect(Number.isNaN(Date.parse(pong.at))).toBe(false);
  });

  it('hands each user event to the handlers by name', async () => {
    handlers.received.mockResolvedValue();

    await controller.userCreated({ id: '1' });
    await controller.userUpdated({ id: '1' });
    await controller.userDeleted({ id: '1' });

    expect(handlers.received.mock.calls).toEqual([
      ['user.created', { id: '1' }],
      ['user.updated', { id: '1' }],
      ['user.deleted', { id: '1' }],
    ]);
  });
});
