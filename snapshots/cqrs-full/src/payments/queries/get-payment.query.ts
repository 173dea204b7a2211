import { Query } from '@nestjs/cqrs';
import type { AggregateView } from '../../cqrs/view-store';
import type { PaymentData } from '../payment.aggregate';

/** GetPayment: one Payment read model, if `ownerId` (when set) owns it. */
export class GetPaymentQuery extends Query<AggregateView<PaymentData>> {
  constructor(
    readonly id: string,
    readonly ownerId?: string,
  ) {
    super();
  }
}
