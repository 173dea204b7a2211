import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore, CommandResult } from '../../cqrs/aggregate-store';
import { INVOICE } from '../invoice.aggregate';
import { IssueInvoiceCommand } from './issue-invoice.command';

@CommandHandler(IssueInvoiceCommand)
export class IssueInvoiceHandler implements ICommandHandler<IssueInvoiceCommand> {
  constructor(private readonly store: AggregateStore) {}

  execute(command: IssueInvoiceCommand): Promise<CommandResult> {
    return this.store.execute(INVOICE, {
      command: 'IssueInvoice',
      kind: 'create',
      aggregateId: command.invoiceId,
      event: 'InvoiceIssued',
      payload: {
        customer: command.payload.customer,
        total: command.payload.total,
      },
      metadata: command.metadata,
    });
  }
}
