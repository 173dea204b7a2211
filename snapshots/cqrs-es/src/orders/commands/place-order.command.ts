import { Command } from '@nestjs/cqrs';
import type { CommandResult } from '../../cqrs/aggregate-store';
import type { EventMetadata } from '../../cqrs/domain-event';
import type { PlaceOrderDto } from '../dto/place-order.dto';

/** PlaceOrder: creates the Order and emits OrderPlaced. */
export class PlaceOrderCommand extends Command<CommandResult> {
  constructor(
    readonly orderId: string,
    readonly payload: PlaceOrderDto,
    readonly metadata: EventMetadata = {},
  ) {
    super();
  }
}
