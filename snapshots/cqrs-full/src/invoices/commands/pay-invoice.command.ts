import { Command } from '@nestjs/cqrs';
import type { CommandResult } from '../../cqrs/aggregate-store';
import type { EventMetadata } from '../../cqrs/domain-event';
import type { PayInvoiceDto } from '../dto/pay-invoice.dto';

/**
 * PayInvoice: changes the Invoice and emits InvoicePaid.
 * With `ownerId`, only that account's Invoice (none: an admin, a saga).
 */
export class PayInvoiceCommand extends Command<CommandResult> {
  constructor(
    readonly invoiceId: string,
    readonly payload: PayInvoiceDto,
    readonly metadata: EventMetadata = {},
    readonly ownerId?: string,
  ) {
    super();
  }
}
