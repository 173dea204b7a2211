import { Logger } from '@nestjs/common';
import { CommandBus, EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { SagaStore } from '../cqrs/sagas/saga-store';
import { InvoiceIssuedEvent } from '../invoices/events/invoice-issued.event';
import { CreatePaymentCommand } from '../payments/commands/create-payment.command';
import { PaymentCreatedEvent } from '../payments/events/payment-created.event';

type InvoiceSettlementEvent = InvoiceIssuedEvent | PaymentCreatedEvent;

/**
 * InvoiceSettlement: on InvoiceIssued, dispatches CreatePayment; done on
 * PaymentCreated. The instance is keyed by the
 * Invoice id (every step's aggregate id), and each transition
 * happens once (SagaStore), however often an event is delivered.
 */
@EventsHandler(InvoiceIssuedEvent, PaymentCreatedEvent)
export class InvoiceSettlementSaga implements IEventHandler<InvoiceSettlementEvent> {
  readonly name = 'InvoiceSettlement';
  private readonly logger = new Logger(InvoiceSettlementSaga.name);

  constructor(
    private readonly commandBus: CommandBus,
    private readonly sagas: SagaStore,
  ) {}

  async handle(event: InvoiceSettlementEvent): Promise<void> {
    if (event instanceof InvoiceIssuedEvent) {
      await this.begin(event.aggregateId, event.stored.metadata.ownerId);
    } else if (event instanceof PaymentCreatedEvent) {
      await this.sagas.finish(this.name, event.aggregateId, 'completed');
    }
  }

  private async begin(id: string, ownerId?: string): Promise<void> {
    if (!(await this.sagas.start(this.name, id))) {
      return;
    }
    try {
      await this.commandBus.execute(
        new CreatePaymentCommand(id, {}, { correlationId: id, ownerId }),
      );
    } catch (error) {
      this.logger.warn(`CreatePayment failed for ${id}`, error);
      await this.sagas.finish(this.name, id, 'completed');
    }
  }
}
