import { Query } from '@nestjs/cqrs';
import type { AggregateView } from '../../cqrs/view-store';
import type { InvoiceData } from '../invoice.aggregate';

/** GetInvoice: one Invoice read model, if `ownerId` (when set) owns it. */
export class GetInvoiceQuery extends Query<AggregateView<InvoiceData>> {
  constructor(
    readonly id: string,
    readonly ownerId?: string,
  ) {
    super();
  }
}
