import { Command } from '@nestjs/cqrs';
import type { CommandResult } from '../../cqrs/aggregate-store';
import type { EventMetadata } from '../../cqrs/domain-event';
import type { RejectStockReservationDto } from '../dto/reject-stock-reservation.dto';

/** RejectStockReservation: changes the StockReservation and emits StockReservationFailed. */
export class RejectStockReservationCommand extends Command<CommandResult> {
  constructor(
    readonly stockReservationId: string,
    readonly payload: RejectStockReservationDto,
    readonly metadata: EventMetadata = {},
  ) {
    super();
  }
}
