import { DomainEvent } from '../../cqrs/domain-event';

/** InvoiceIssued: stored as type 'InvoiceIssued' on the Invoice stream. */
export class InvoiceIssuedEvent extends DomainEvent {
  readonly type = 'InvoiceIssued';
}
