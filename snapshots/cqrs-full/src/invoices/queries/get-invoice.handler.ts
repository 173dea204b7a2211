import { NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateView, ViewStore } from '../../cqrs/view-store';
import { INVOICE } from '../invoice.aggregate';
import type { InvoiceData } from '../invoice.aggregate';
import { GetInvoiceQuery } from './get-invoice.query';

@QueryHandler(GetInvoiceQuery)
export class GetInvoiceHandler implements IQueryHandler<GetInvoiceQuery> {
  constructor(private readonly views: ViewStore) {}

  async execute(query: GetInvoiceQuery): Promise<AggregateView<InvoiceData>> {
    const view = await this.views.get<InvoiceData>(
      INVOICE,
      query.id,
      query.ownerId,
    );
    if (!view) {
      throw new NotFoundException(`Invoice ${query.id} not found`);
    }
    return view;
  }
}
