import { Query } from '@nestjs/cqrs';
import type { Page, SortOrder } from '../../database/pagination';
import type { AggregateView } from '../../cqrs/view-store';
import type { OrderData } from '../order.aggregate';

/** ListOrders: one page of Order read models. */
export class ListOrdersQuery extends Query<Page<AggregateView<OrderData>>> {
  constructor(
    readonly page: number,
    readonly limit: number,
    readonly order: SortOrder,
  ) {
    super();
  }
}
