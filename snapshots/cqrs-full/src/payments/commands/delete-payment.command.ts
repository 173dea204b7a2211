import { Command } from '@nestjs/cqrs';
import type { CommandResult } from '../../cqrs/aggregate-store';
import type { EventMetadata } from '../../cqrs/domain-event';
import type { DeletePaymentDto } from '../dto/delete-payment.dto';

/**
 * DeletePayment: deletes the Payment and emits PaymentDeleted.
 * With `ownerId`, only that account's Payment (none: an admin, a saga).
 */
export class DeletePaymentCommand extends Command<CommandResult> {
  constructor(
    readonly paymentId: string,
    readonly payload: DeletePaymentDto,
    readonly metadata: EventMetadata = {},
    readonly ownerId?: string,
  ) {
    super();
  }
}
