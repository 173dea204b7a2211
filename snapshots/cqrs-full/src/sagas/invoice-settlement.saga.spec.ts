import { CommandBus } from '@nestjs/cqrs';
import { Mocked, TestBed } from '@suites/unit';
import { StoredEvent } from '../cqrs/domain-event';
import { SagaStore } from '../cqrs/sagas/saga-store';
import { InvoiceIssuedEvent } from '../invoices/events/invoice-issued.event';
import { CreatePaymentCommand } from '../payments/commands/create-payment.command';
import { PaymentCreatedEvent } from '../payments/events/payment-created.event';
import { InvoiceSettlementSaga } from './invoice-settlement.saga';

const SAGA = 'InvoiceSettlement';
const ID = '5d2c8e4a-1f3b-4c6d-8e9f-0a1b2c3d4e5f';
const OWNER = '0b4f3c1e-8a57-4f0e-9d0c-6f3f2a1b7c11';

function stored(type: string): StoredEvent {
  return {
    id: '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a',
    position: '1',
    aggregateType: 'Any',
    aggregateId: ID,
    version: 1,
    type,
    eventVersion: 1,
    payload: {},
    metadata: {},
    occurredAt: new Date(),
  };
}

describe('InvoiceSettlementSaga', () => {
  let saga: InvoiceSettlementSaga;
  let commandBus: Mocked<CommandBus>;
  let sagas: Mocked<SagaStore>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(
      InvoiceSettlementSaga,
    ).compile();
    saga = unit;
    commandBus = unitRef.get(CommandBus);
    sagas = unitRef.get(SagaStore);
    commandBus.execute.mockResolvedValue({ id: ID, version: 1 });
  });

  it('dispatches CreatePayment when InvoiceIssued starts it', async () => {
    sagas.start.mockResolvedValue(true);

    await saga.handle(new InvoiceIssuedEvent(stored('InvoiceIssued')));

    expect(commandBus.execute).toHaveBeenCalledWith(
      expect.any(CreatePaymentCommand),
    );
  });

  it('gives the Payment the owner of the Invoice', async () => {
    sagas.start.mockResolvedValue(true);
    const started = {
      ...stored('InvoiceIssued'),
      metadata: { ownerId: OWNER },
    };

    await saga.handle(new InvoiceIssuedEvent(started));

    expect(commandBus.execute).toHaveBeenCalledWith(
      new CreatePaymentCommand(ID, {}, { correlationId: ID, ownerId: OWNER }),
    );
  });

  it('dispatches nothing for a redelivered InvoiceIssued', async () => {
    sagas.start.mockResolvedValue(false);

    await saga.handle(new InvoiceIssuedEvent(stored('InvoiceIssued')));

    expect(commandBus.execute).not.toHaveBeenCalled();
  });

  it('completes on PaymentCreated', async () => {
    sagas.finish.mockResolvedValue(true);

    await saga.handle(new PaymentCreatedEvent(stored('PaymentCreated')));

    expect(sagas.finish).toHaveBeenCalledWith(SAGA, ID, 'completed');
    expect(commandBus.execute).not.toHaveBeenCalled();
  });
});
