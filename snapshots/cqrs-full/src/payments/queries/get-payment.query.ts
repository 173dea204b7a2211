import { Query } from '@nestjs/cqrs';
import type { AggregateView } from '../../cqrs/view-store';

/** GetPayment: one Payment read model. */
export class GetPaymentQuery extends Query<AggregateView> {
  constructor(readonly id: string) {
    super();
  }
}
