import { DomainEvent } from '../../cqrs/domain-event';

/** PaymentUpdated: stored as type 'PaymentUpdated' on the Payment stream. */
export class PaymentUpdatedEvent extends DomainEvent {
  readonly type = 'PaymentUpdated';
}
