import { DomainEvent } from '../../cqrs/domain-event';

/** What OrderCancelled records: the fields its command carried. */
export type OrderCancelledPayload = {
  note?: string | null;
};

/** OrderCancelled: stored as type 'OrderCancelled' on the Order stream. */
export class OrderCancelledEvent extends DomainEvent<OrderCancelledPayload> {
  readonly type = 'OrderCancelled';
}
