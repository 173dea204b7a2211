import { Command } from '@nestjs/cqrs';
import type { CommandResult } from '../../cqrs/aggregate-store';
import type { EventMetadata } from '../../cqrs/domain-event';
import type { CreatePaymentDto } from '../dto/create-payment.dto';

/**
 * CreatePayment: creates the Payment and emits PaymentCreated.
 * Its owner is `metadata.ownerId`.
 */
export class CreatePaymentCommand extends Command<CommandResult> {
  constructor(
    readonly paymentId: string,
    readonly payload: CreatePaymentDto,
    readonly metadata: EventMetadata = {},
  ) {
    super();
  }
}
