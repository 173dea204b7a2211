import { Command } from '@nestjs/cqrs';
import type { CommandResult } from '../../cqrs/aggregate-store';
import type { EventMetadata } from '../../cqrs/domain-event';
import type { UpdatePaymentDto } from '../dto/update-payment.dto';

/**
 * UpdatePayment: changes the Payment and emits PaymentUpdated.
 * With `ownerId`, only that account's Payment (none: an admin, a saga).
 */
export class UpdatePaymentCommand extends Command<CommandResult> {
  constructor(
    readonly paymentId: string,
    readonly payload: UpdatePaymentDto,
    readonly metadata: EventMetadata = {},
    readonly ownerId?: string,
  ) {
    super();
  }
}
