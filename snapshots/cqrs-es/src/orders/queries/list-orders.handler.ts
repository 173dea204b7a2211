import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Page } from '../../database/pagination';
import { AggregateView, ViewStore } from '../../cqrs/view-store';
import { ORDER } from '../order.aggregate';
import type { OrderData } from '../order.aggregate';
import { ListOrdersQuery } from './list-orders.query';

@QueryHandler(ListOrdersQuery)
export class ListOrdersHandler implements IQueryHandler<ListOrdersQuery> {
  constructor(private readonly views: ViewStore) {}

  execute(query: ListOrdersQuery): Promise<Page<AggregateView<OrderData>>> {
    return this.views.list<OrderData>(
      ORDER,
      query.page,
      query.limit,
      query.order,
    );
  }
}
