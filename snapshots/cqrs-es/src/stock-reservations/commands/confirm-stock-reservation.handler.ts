import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore, CommandResult } from '../../cqrs/aggregate-store';
import { STOCK_RESERVATION } from '../stock-reservation.aggregate';
import { ConfirmStockReservationCommand } from './confirm-stock-reservation.command';

@CommandHandler(ConfirmStockReservationCommand)
export class ConfirmStockReservationHandler implements ICommandHandler<ConfirmStockReservationCommand> {
  constructor(private readonly store: AggregateStore) {}

  execute(command: ConfirmStockReservationCommand): Promise<CommandResult> {
    return this.store.execute(STOCK_RESERVATION, {
      command: 'ConfirmStockReservation',
      kind: 'change',
      aggregateId: command.stockReservationId,
      expectedVersion: command.payload.expectedVersion,
      event: 'StockReserved',
      payload: {
        warehouse: command.payload.warehouse,
        quantity: command.payload.quantity,
      },
      metadata: command.metadata,
    });
  }
}
