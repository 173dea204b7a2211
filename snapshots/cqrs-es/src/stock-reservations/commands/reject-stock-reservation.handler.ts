import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore, CommandResult } from '../../cqrs/aggregate-store';
import { STOCK_RESERVATION } from '../stock-reservation.aggregate';
import { RejectStockReservationCommand } from './reject-stock-reservation.command';

@CommandHandler(RejectStockReservationCommand)
export class RejectStockReservationHandler implements ICommandHandler<RejectStockReservationCommand> {
  constructor(private readonly store: AggregateStore) {}

  execute(command: RejectStockReservationCommand): Promise<CommandResult> {
    return this.store.execute(STOCK_RESERVATION, {
      command: 'RejectStockReservation',
      kind: 'change',
      aggregateId: command.stockReservationId,
      expectedVersion: command.payload.expectedVersion,
      event: 'StockReservationFailed',
      payload: {
        warehouse: command.payload.warehouse,
        quantity: command.payload.quantity,
      },
      metadata: command.metadata,
    });
  }
}
