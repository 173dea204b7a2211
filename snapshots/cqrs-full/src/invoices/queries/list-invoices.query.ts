import { Query } from '@nestjs/cqrs';
import type { Page, SortOrder } from '../../database/pagination';
import type { AggregateView } from '../../cqrs/view-store';
import type { InvoiceData } from '../invoice.aggregate';

/**
 * ListInvoices: one page of Invoice read models, only those of
 * `ownerId` when it is set.
 */
export class ListInvoicesQuery extends Query<Page<AggregateView<InvoiceData>>> {
  constructor(
    readonly page: number,
    readonly limit: number,
    readonly order: SortOrder,
    readonly ownerId?: string,
  ) {
    super();
  }
}
