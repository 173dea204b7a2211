import { Command } from '@nestjs/cqrs';
import type { CommandResult } from '../../cqrs/aggregate-store';
import type { EventMetadata } from '../../cqrs/domain-event';
import type { ReserveStockDto } from '../dto/reserve-stock.dto';

/** ReserveStock: creates the StockReservation and emits StockReservationRequested. */
export class ReserveStockCommand extends Command<CommandResult> {
  constructor(
    readonly stockReservationId: string,
    readonly payload: ReserveStockDto,
    readonly metadata: EventMetadata = {},
  ) {
    super();
  }
}
