import { Query } from '@nestjs/cqrs';
import type { Page, SortOrder } from '../../database/pagination';
import type { AggregateView } from '../../cqrs/view-store';
import type { PaymentData } from '../payment.aggregate';

/**
 * ListPayments: one page of Payment read models, only those of
 * `ownerId` when it is set.
 */
export class ListPaymentsQuery extends Query<Page<AggregateView<PaymentData>>> {
  constructor(
    readonly page: number,
    readonly limit: number,
    readonly order: SortOrder,
    readonly ownerId?: string,
  ) {
    super();
  }
}
