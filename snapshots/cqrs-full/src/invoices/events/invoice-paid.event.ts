import { DomainEvent } from '../../cqrs/domain-event';

/** InvoicePaid: stored as type 'InvoicePaid' on the Invoice stream. */
export class InvoicePaidEvent extends DomainEvent {
  readonly type = 'InvoicePaid';
}
