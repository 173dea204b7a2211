import { Logger } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import type { StoredEvent } from '../cqrs/domain-event';
import { EVENT_CLASSES } from '../cqrs/event-classes';
import { BrokerClients } from './broker-clients';
import { BROKERS } from './brokers';
import { CQRS_EVENT_NAMES, CqrsEventsForwarder } from './cqrs-events.forwarder';
import { pattern } from './messaging.patterns';

const TYPE = 'InvoiceIssued';
const STORED: StoredEvent = {
  id: '6f1c1d5e-7a0b-4c1e-9a8f-2b3c4d5e6f70',
  position: '7',
  aggregateType: 'Invoice',
  aggregateId: '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f71',
  version: 1,
  type: TYPE,
  eventVersion: 1,
  payload: { note: 'first' },
  metadata: {},
  occurredAt: new Date('2026-01-02T03:04:05.000Z'),
};

describe('CqrsEventsForwarder (Suites solitary)', () => {
  let forwarder: CqrsEventsForwarder;
  let clients: Mocked<BrokerClients>;

  beforeEach(async () => {
    const { unit, unitRef } =
      await TestBed.solitary(CqrsEventsForwarder).compile();
    forwarder = unit;
    clients = unitRef.get(BrokerClients);
  });

  it('names every event <aggregate-kebab>.<event>', () => {
    expect(Object.keys(CQRS_EVENT_NAMES).sort()).toEqual(
      Object.keys(EVENT_CLASSES).sort(),
    );
    expect(CQRS_EVENT_NAMES[TYPE]).toBe('invoice.issued');
  });

  it('sends a published event on every broker, with its ids', async () => {
    clients.emit.mockResolvedValue();

    await forwarder.handle(new EVENT_CLASSES[TYPE](STORED));

    expect(clients.emit.mock.calls).toEqual(
      BROKERS.map((broker) => [
        broker,
        pattern(CQRS_EVENT_NAMES[TYPE]),
        {
          id: STORED.aggregateId,
          eventId: STORED.id,
          version: 1,
          type: TYPE,
          eventVersion: 1,
          occurredAt: '2026-01-02T03:04:05.000Z',
          payload: { note: 'first' },
        },
      ]),
    );
  });

  it('logs a broker that fails instead of failing the relay', async () => {
    const logged = jest
      .spyOn(Logger.prototype, 'error')
      .mockImplementation(() => undefined);
    clients.emit.mockRejectedValue(new Error('broker down'));

    await expect(
      forwarder.handle(new EVENT_CLASSES[TYPE](STORED)),
    ).resolves.toBeUndefined();

    expect(logged).toHaveBeenCalledTimes(BROKERS.length);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('broker down'));
    logged.mockRestore();
  });
});
