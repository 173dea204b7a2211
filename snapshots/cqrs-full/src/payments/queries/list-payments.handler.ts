import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Page } from '../../database/pagination';
import { AggregateView, ViewStore } from '../../cqrs/view-store';
import { PAYMENT } from '../payment.aggregate';
import type { PaymentData } from '../payment.aggregate';
import { ListPaymentsQuery } from './list-payments.query';

@QueryHandler(ListPaymentsQuery)
export class ListPaymentsHandler implements IQueryHandler<ListPaymentsQuery> {
  constructor(private readonly views: ViewStore) {}

  execute(query: ListPaymentsQuery): Promise<Page<AggregateView<PaymentData>>> {
    return this.views.list<PaymentData>(
      PAYMENT,
      query.page,
      query.limit,
      query.order,
      query.ownerId,
    );
  }
}
