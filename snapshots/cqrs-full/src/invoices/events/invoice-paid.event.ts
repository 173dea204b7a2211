import { DomainEvent } from '../../cqrs/domain-event';

/** What InvoicePaid records: the fields its command carried. */
export type InvoicePaidPayload = {
  customer?: string;
  total?: string;
};

/** InvoicePaid: stored as type 'InvoicePaid' on the Invoice stream. */
export class InvoicePaidEvent extends DomainEvent<InvoicePaidPayload> {
  readonly type = 'InvoicePaid';
}
