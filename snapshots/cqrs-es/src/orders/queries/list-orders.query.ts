import { Query } from '@nestjs/cqrs';
import type { Page, SortOrder } from '../../database/pagination';
import type { AggregateView } from '../../cqrs/view-store';

/** ListOrders: one page of Order read models. */
export class ListOrdersQuery extends Query<Page<AggregateView>> {
  constructor(
    readonly page: number,
    readonly limit: number,
    readonly order: SortOrder,
  ) {
    super();
  }
}
