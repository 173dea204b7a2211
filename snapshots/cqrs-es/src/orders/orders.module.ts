import { Module } from '@nestjs/common';
import { CancelOrderHandler } from './commands/cancel-order.handler';
import { PlaceOrderHandler } from './commands/place-order.handler';
import { OrdersController } from './orders.controller';
import { OrderProjection } from './projections/order.projection';
import { GetOrderHandler } from './queries/get-order.handler';
import { ListOrdersHandler } from './queries/list-orders.handler';

@Module({
  controllers: [OrdersController],
  providers: [
    PlaceOrderHandler,
    CancelOrderHandler,
    GetOrderHandler,
    ListOrdersHandler,
    OrderProjection,
  ],
})
export class OrdersModule {}
