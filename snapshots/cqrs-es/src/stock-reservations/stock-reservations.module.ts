import { Module } from '@nestjs/common';
import { ConfirmStockReservationHandler } from './commands/confirm-stock-reservation.handler';
import { RejectStockReservationHandler } from './commands/reject-stock-reservation.handler';
import { ReserveStockHandler } from './commands/reserve-stock.handler';
import { GetStockReservationHandler } from './queries/get-stock-reservation.handler';
import { StockReservationsController } from './stock-reservations.controller';

@Module({
  controllers: [StockReservationsController],
  providers: [
    ReserveStockHandler,
    ConfirmStockReservationHandler,
    RejectStockReservationHandler,
    GetStockReservationHandler,
  ],
})
export class StockReservationsModule {}
