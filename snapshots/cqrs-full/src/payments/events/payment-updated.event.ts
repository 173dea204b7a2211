import { DomainEvent } from '../../cqrs/domain-event';
import type { PaymentMethod } from '../payment.aggregate';

/** What PaymentUpdated records: the fields its command carried. */
export type PaymentUpdatedPayload = {
  method?: PaymentMethod | null;
  paidOn?: string | null;
  reference?: string | null;
};

/** PaymentUpdated: stored as type 'PaymentUpdated' on the Payment stream. */
export class PaymentUpdatedEvent extends DomainEvent<PaymentUpdatedPayload> {
  readonly type = 'PaymentUpdated';
}
