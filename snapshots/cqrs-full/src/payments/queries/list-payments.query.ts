import { Query } from '@nestjs/cqrs';
import type { Page, SortOrder } from '../../database/pagination';
import type { AggregateView } from '../../cqrs/view-store';

/** ListPayments: one page of Payment read models. */
export class ListPaymentsQuery extends Query<Page<AggregateView>> {
  constructor(
    readonly page: number,
    readonly limit: number,
    readonly order: SortOrder,
  ) {
    super();
  }
}
