import { DomainEvent } from '../../cqrs/domain-event';

/** InvoiceVoided: stored as type 'InvoiceVoided' on the Invoice stream. */
export class InvoiceVoidedEvent extends DomainEvent {
  readonly type = 'InvoiceVoided';
}
