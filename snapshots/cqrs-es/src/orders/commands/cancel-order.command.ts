import { Command } from '@nestjs/cqrs';
import type { CommandResult } from '../../cqrs/aggregate-store';
import type { EventMetadata } from '../../cqrs/domain-event';
import type { CancelOrderDto } from '../dto/cancel-order.dto';

/** CancelOrder: changes the Order and emits OrderCancelled. */
export class CancelOrderCommand extends Command<CommandResult> {
  constructor(
    readonly orderId: string,
    readonly payload: CancelOrderDto,
    readonly metadata: EventMetadata = {},
  ) {
    super();
  }
}
