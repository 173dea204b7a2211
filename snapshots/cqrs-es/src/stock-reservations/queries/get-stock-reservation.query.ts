import { Query } from '@nestjs/cqrs';
import type { AggregateView } from '../../cqrs/view-store';

/** GetStockReservation: one StockReservation read model. */
export class GetStockReservationQuery extends Query<AggregateView> {
  constructor(readonly id: string) {
    super();
  }
}
