import { DomainEvent } from '../../cqrs/domain-event';
import type { OrderChannel } from '../order.aggregate';

/** What OrderPlaced records: the fields its command carried. */
export type OrderPlacedPayload = {
  customer: string;
  total: string;
  channel: OrderChannel;
  note?: string | null;
};

/** OrderPlaced: stored as type 'OrderPlaced' on the Order stream. */
export class OrderPlacedEvent extends DomainEvent<OrderPlacedPayload> {
  readonly type = 'OrderPlaced';
}
