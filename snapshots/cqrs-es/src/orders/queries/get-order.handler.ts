import { NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateView, ViewStore } from '../../cqrs/view-store';
import { ORDER } from '../order.aggregate';
import type { OrderData } from '../order.aggregate';
import { GetOrderQuery } from './get-order.query';

@QueryHandler(GetOrderQuery)
export class GetOrderHandler implements IQueryHandler<GetOrderQuery> {
  constructor(private readonly views: ViewStore) {}

  async execute(query: GetOrderQuery): Promise<AggregateView<OrderData>> {
    const view = await this.views.get<OrderData>(ORDER, query.id);
    if (!view) {
      throw new NotFoundException(`Order ${query.id} not found`);
    }
    return view;
  }
}
