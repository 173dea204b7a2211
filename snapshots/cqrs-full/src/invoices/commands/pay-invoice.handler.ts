import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore, CommandResult } from '../../cqrs/aggregate-store';
import { INVOICE } from '../invoice.aggregate';
import { PayInvoiceCommand } from './pay-invoice.command';

@CommandHandler(PayInvoiceCommand)
export class PayInvoiceHandler implements ICommandHandler<PayInvoiceCommand> {
  constructor(private readonly store: AggregateStore) {}

  execute(command: PayInvoiceCommand): Promise<CommandResult> {
    return this.store.execute(INVOICE, {
      command: 'PayInvoice',
      kind: 'change',
      aggregateId: command.invoiceId,
      expectedVersion: command.payload.expectedVersion,
      ownerId: command.ownerId,
      event: 'InvoicePaid',
      payload: {
        customer: command.payload.customer,
        total: command.payload.total,
      },
      metadata: command.metadata,
    });
  }
}
