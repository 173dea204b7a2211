import { DomainEvent } from '../../cqrs/domain-event';
import type { PaymentMethod } from '../payment.aggregate';

/** What PaymentCreated records: the fields its command carried. */
export type PaymentCreatedPayload = {
  method?: PaymentMethod | null;
  paidOn?: string | null;
  reference?: string | null;
};

/** PaymentCreated: stored as type 'PaymentCreated' on the Payment stream. */
export class PaymentCreatedEvent extends DomainEvent<PaymentCreatedPayload> {
  readonly type = 'PaymentCreated';
}
