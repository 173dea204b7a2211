import { GatewayTimeoutException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ClientProxy } from '@nestjs/microservices';
import { Mocked, TestBed } from '@suites/unit';
import { NEVER, of } from 'rxjs';
import { BrokerClients } from './broker-clients';
import { NATS_BROKER } from './brokers';

describe('BrokerClients (Suites solitary)', () => {
  let clients: BrokerClients;
  let nats: Mocked<ClientProxy>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(BrokerClients)
      .mock(ConfigService)
      .final({ get: () => 50 })
      .compile();
    clients = unit;
    nats = unitRef.get<ClientProxy>(NATS_BROKER);
  });

  it('resolves a request with its reply', async () => {
    nats.send.mockReturnValue(of({ service: 'x' }));

    const reply = clients.send('nats', 'ping', { a: 1 });

    await expect(reply).resolves.toEqual({ service: 'x' });
    expect(nats.send).toHaveBeenCalledWith('ping', { a: 1 });
  });

  it('fails a request nobody answers with a 504 naming it', async () => {
    nats.send.mockReturnValue(NEVER);

    const request = clients.send('nats', 'ping', {});

    await expect(request).rejects.toBeInstanceOf(GatewayTimeoutException);
    await expect(request).rejects.toThrow(
      "nats: no reply to 'ping' within 50 ms",
    );
  });

  it('resolves an event once the broker took it', async () => {
    nats.emit.mockReturnValue(of(undefined));

    const sent = clients.emit('nats', 'thing.created', { id: '1' });

    await expect(sent).resolves.toBeUndefined();
    expect(nats.emit).toHaveBeenCalledWith('thing.created', { id: '1' });
  });

  it('fails an event the broker does not confirm in time', async () => {
    nats.emit.mockReturnValue(NEVER);

    const sent = clients.emit('nats', 'thing.created', { id: '1' });

    await expect(sent).rejects.toThrow(
      "nats: no confirmation of 'thing.created' within 50 ms",
    );
  });
});
