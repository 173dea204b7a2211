import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore, CommandResult } from '../../cqrs/aggregate-store';
import { STOCK_RESERVATION } from '../stock-reservation.aggregate';
import { ReserveStockCommand } from './reserve-stock.command';

@CommandHandler(ReserveStockCommand)
export class ReserveStockHandler implements ICommandHandler<ReserveStockCommand> {
  constructor(private readonly store: AggregateStore) {}

  execute(command: ReserveStockCommand): Promise<CommandResult> {
    return this.store.execute(STOCK_RESERVATION, {
      command: 'ReserveStock',
      kind: 'create',
      aggregateId: command.stockReservationId,
      event: 'StockReservationRequested',
      payload: {
        warehouse: command.payload.warehouse,
        quantity: command.payload.quantity,
      },
      metadata: command.metadata,
    });
  }
}
