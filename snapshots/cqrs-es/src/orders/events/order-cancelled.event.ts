import { DomainEvent } from '../../cqrs/domain-event';

/** OrderCancelled: stored as type 'OrderCancelled' on the Order stream. */
export class OrderCancelledEvent extends DomainEvent {
  readonly type = 'OrderCancelled';
}
