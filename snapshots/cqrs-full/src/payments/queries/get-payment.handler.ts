import { NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateView, ViewStore } from '../../cqrs/view-store';
import { PAYMENT } from '../payment.aggregate';
import type { PaymentData } from '../payment.aggregate';
import { GetPaymentQuery } from './get-payment.query';

@QueryHandler(GetPaymentQuery)
export class GetPaymentHandler implements IQueryHandler<GetPaymentQuery> {
  constructor(private readonly views: ViewStore) {}

  async execute(query: GetPaymentQuery): Promise<AggregateView<PaymentData>> {
    const view = await this.views.get<PaymentData>(
      PAYMENT,
      query.id,
      query.ownerId,
    );
    if (!view) {
      throw new NotFoundException(`Payment ${query.id} not found`);
    }
    return view;
  }
}
