import { DomainEvent } from '../../cqrs/domain-event';

/** PaymentCreated: stored as type 'PaymentCreated' on the Payment stream. */
export class PaymentCreatedEvent extends DomainEvent {
  readonly type = 'PaymentCreated';
}
