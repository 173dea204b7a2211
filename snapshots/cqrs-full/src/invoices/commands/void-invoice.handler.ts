import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore, CommandResult } from '../../cqrs/aggregate-store';
import { INVOICE } from '../invoice.aggregate';
import { VoidInvoiceCommand } from './void-invoice.command';

@CommandHandler(VoidInvoiceCommand)
export class VoidInvoiceHandler implements ICommandHandler<VoidInvoiceCommand> {
  constructor(private readonly store: AggregateStore) {}

  execute(command: VoidInvoiceCommand): Promise<CommandResult> {
    return this.store.execute(INVOICE, {
      command: 'VoidInvoice',
      kind: 'change',
      aggregateId: command.invoiceId,
      expectedVersion: command.payload.expectedVersion,
      ownerId: command.ownerId,
      event: 'InvoiceVoided',
      payload: {
        customer: command.payload.customer,
        total: command.payload.total,
      },
      metadata: command.metadata,
    });
  }
}
