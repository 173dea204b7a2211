import { DomainEvent } from '../../cqrs/domain-event';

/** What InvoiceIssued records: the fields its command carried. */
export type InvoiceIssuedPayload = {
  customer: string;
  total: string;
};

/** InvoiceIssued: stored as type 'InvoiceIssued' on the Invoice stream. */
export class InvoiceIssuedEvent extends DomainEvent<InvoiceIssuedPayload> {
  readonly type = 'InvoiceIssued';
}
