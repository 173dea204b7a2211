import { Command } from '@nestjs/cqrs';
import type { CommandResult } from '../../cqrs/aggregate-store';
import type { EventMetadata } from '../../cqrs/domain-event';
import type { DeletePaymentDto } from '../dto/delete-payment.dto';

/** DeletePayment: deletes the Payment and emits PaymentDeleted. */
export class DeletePaymentCommand extends Command<CommandResult> {
  constructor(
    readonly paymentId: string,
    readonly payload: DeletePaymentDto,
    readonly metadata: EventMetadata = {},
  ) {
    super();
  }
}
