import { Command } from '@nestjs/cqrs';
import type { CommandResult } from '../../cqrs/aggregate-store';
import type { EventMetadata } from '../../cqrs/domain-event';
import type { VoidInvoiceDto } from '../dto/void-invoice.dto';

/**
 * VoidInvoice: changes the Invoice and emits InvoiceVoided.
 * With `ownerId`, only that account's Invoice (none: an admin, a saga).
 */
export class VoidInvoiceCommand extends Command<CommandResult> {
  constructor(
    readonly invoiceId: string,
    readonly payload: VoidInvoiceDto,
    readonly metadata: EventMetadata = {},
    readonly ownerId?: string,
  ) {
    super();
  }
}
