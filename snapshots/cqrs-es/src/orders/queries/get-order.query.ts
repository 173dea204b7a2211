import { Query } from '@nestjs/cqrs';
import type { AggregateView } from '../../cqrs/view-store';

/** GetOrder: one Order read model. */
export class GetOrderQuery extends Query<AggregateView> {
  constructor(readonly id: string) {
    super();
  }
}
