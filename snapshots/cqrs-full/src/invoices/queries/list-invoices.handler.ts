import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Page } from '../../database/pagination';
import { AggregateView, ViewStore } from '../../cqrs/view-store';
import { INVOICE } from '../invoice.aggregate';
import type { InvoiceData } from '../invoice.aggregate';
import { ListInvoicesQuery } from './list-invoices.query';

@QueryHandler(ListInvoicesQuery)
export class ListInvoicesHandler implements IQueryHandler<ListInvoicesQuery> {
  constructor(private readonly views: ViewStore) {}

  execute(query: ListInvoicesQuery): Promise<Page<AggregateView<InvoiceData>>> {
    return this.views.list<InvoiceData>(
      INVOICE,
      query.page,
      query.limit,
      query.order,
      query.ownerId,
    );
  }
}
