import { NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateView, ViewStore } from '../../cqrs/view-store';
import { STOCK_RESERVATION } from '../stock-reservation.aggregate';
import type { StockReservationData } from '../stock-reservation.aggregate';
import { GetStockReservationQuery } from './get-stock-reservation.query';

@QueryHandler(GetStockReservationQuery)
export class GetStockReservationHandler implements IQueryHandler<GetStockReservationQuery> {
  constructor(private readonly views: ViewStore) {}

  async execute(
    query: GetStockReservationQuery,
  ): Promise<AggregateView<StockReservationData>> {
    const view = await this.views.get<StockReservationData>(
      STOCK_RESERVATION,
      query.id,
    );
    if (!view) {
      throw new NotFoundException(`StockReservation ${query.id} not found`);
    }
    return view;
  }
}
