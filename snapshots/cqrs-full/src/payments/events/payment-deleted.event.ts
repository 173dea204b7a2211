import { DomainEvent } from '../../cqrs/domain-event';

/** PaymentDeleted: stored as type 'PaymentDeleted' on the Payment stream. */
export class PaymentDeletedEvent extends DomainEvent {
  readonly type = 'PaymentDeleted';
}
