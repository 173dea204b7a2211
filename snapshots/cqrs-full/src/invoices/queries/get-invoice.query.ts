import { Query } from '@nestjs/cqrs';
import type { AggregateView } from '../../cqrs/view-store';

/** GetInvoice: one Invoice read model. */
export class GetInvoiceQuery extends Query<AggregateView> {
  constructor(readonly id: string) {
    super();
  }
}
