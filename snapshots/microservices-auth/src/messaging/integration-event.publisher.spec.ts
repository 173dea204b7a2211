import { Logger } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import { BrokerClients } from './broker-clients';
import { BROKERS } from './brokers';
import { IntegrationEventPublisher } from './integration-event.publisher';
import { entityEvent } from './messaging.patterns';

describe('IntegrationEventPublisher (Suites solitary)', () => {
  let publisher: IntegrationEventPublisher;
  let clients: Mocked<BrokerClients>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(
      IntegrationEventPublisher,
    ).compile();
    publisher = unit;
    clients = unitRef.get(BrokerClients);
  });

  it('sends <entity>.<change> on every broker', async () => {
    clients.emit.mockResolvedValue();

    await publisher.publish('order-line', 'created', { id: '1' });

    expect(clients.emit.mock.calls).toEqual(
      BROKERS.map((broker) => [
        broker,
        entityEvent('order-line', 'created'),
        { id: '1' },
      ]),
    );
  });

  it('logs a broker that fails instead of failing the committed write', async () => {
    const logged = jest
      .spyOn(Logger.prototype, 'error')
      .mockImplementation(() => undefined);
    clients.emit.mockRejectedValue(new Error('broker down'));

    await expect(
      publisher.publish('order-line', 'deleted', { id: '1' }),
    ).resolves.toBeUndefined();

    expect(logged).toHaveBeenCalledTimes(BROKERS.length);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('broker down'));
    logged.mockRestore();
  });
});
