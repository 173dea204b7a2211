import { Command } from '@nestjs/cqrs';
import type { CommandResult } from '../../cqrs/aggregate-store';
import type { EventMetadata } from '../../cqrs/domain-event';
import type { ConfirmStockReservationDto } from '../dto/confirm-stock-reservation.dto';

/** ConfirmStockReservation: changes the StockReservation and emits StockReserved. */
export class ConfirmStockReservationCommand extends Command<CommandResult> {
  constructor(
    readonly stockReservationId: string,
    readonly payload: ConfirmStockReservationDto,
    readonly metadata: EventMetadata = {},
  ) {
    super();
  }
}
