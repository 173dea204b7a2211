import { Query } from '@nestjs/cqrs';
import type { AggregateView } from '../../cqrs/view-store';

/** GetInvoice: one Invoice read model, if `ownerId` (when set) owns it. */
export class GetInvoiceQuery extends Query<AggregateView> {
  constructor(
    readonly id: string,
    readonly ownerId?: string,
  ) {
    super();
  }
}
