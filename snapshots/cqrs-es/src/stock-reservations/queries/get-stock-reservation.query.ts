import { Query } from '@nestjs/cqrs';
import type { AggregateView } from '../../cqrs/view-store';
import type { StockReservationData } from '../stock-reservation.aggregate';

/** GetStockReservation: one StockReservation read model. */
export class GetStockReservationQuery extends Query<
  AggregateView<StockReservationData>
> {
  constructor(readonly id: string) {
    super();
  }
}
