import { Query } from '@nestjs/cqrs';
import type { AggregateView } from '../../cqrs/view-store';
import type { OrderData } from '../order.aggregate';

/** GetOrder: one Order read model. */
export class GetOrderQuery extends Query<AggregateView<OrderData>> {
  constructor(readonly id: string) {
    super();
  }
}
