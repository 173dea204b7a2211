import { Command } from '@nestjs/cqrs';
import type { CommandResult } from '../../cqrs/aggregate-store';
import type { EventMetadata } from '../../cqrs/domain-event';
import type { IssueInvoiceDto } from '../dto/issue-invoice.dto';

/**
 * IssueInvoice: creates the Invoice and emits InvoiceIssued.
 * Its owner is `metadata.ownerId`.
 */
export class IssueInvoiceCommand extends Command<CommandResult> {
  constructor(
    readonly invoiceId: string,
    readonly payload: IssueInvoiceDto,
    readonly metadata: EventMetadata = {},
  ) {
    super();
  }
}
