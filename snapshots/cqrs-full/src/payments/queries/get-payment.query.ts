import { Query } from '@nestjs/cqrs';
import type { AggregateView } from '../../cqrs/view-store';

/** GetPayment: one Payment read model, if `ownerId` (when set) owns it. */
export class GetPaymentQuery extends Query<AggregateView> {
  constructor(
    readonly id: string,
    readonly ownerId?: string,
  ) {
    super();
  }
}
