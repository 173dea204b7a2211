import { DomainEvent } from '../../cqrs/domain-event';

/** What InvoiceVoided records: the fields its command carried. */
export type InvoiceVoidedPayload = {
  customer?: string;
  total?: string;
};

/** InvoiceVoided: stored as type 'InvoiceVoided' on the Invoice stream. */
export class InvoiceVoidedEvent extends DomainEvent<InvoiceVoidedPayload> {
  readonly type = 'InvoiceVoided';
}
