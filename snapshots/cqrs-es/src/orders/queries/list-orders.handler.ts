import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Page } from '../../database/pagination';
import { AggregateView, ViewStore } from '../../cqrs/view-store';
import { ORDER } from '../order.aggregate';
import { ListOrdersQuery } from './list-orders.query';

@QueryHandler(ListOrdersQuery)
export class ListOrdersHandler implements IQueryHandler<ListOrdersQuery> {
  constructor(private readonly views: ViewStore) {}

  execute(query: ListOrdersQuery): Promise<Page<AggregateView>> {
    return this.views.list(ORDER, query.page, query.limit, query.order);
  }
}
