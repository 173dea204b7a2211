import { InvoiceIssuedEvent } from '../invoices/events/invoice-issued.event';
import { InvoicePaidEvent } from '../invoices/events/invoice-paid.event';
import { InvoiceVoidedEvent } from '../invoices/events/invoice-voided.event';
import { PaymentCreatedEvent } from '../payments/events/payment-created.event';
import { PaymentDeletedEvent } from '../payments/events/payment-deleted.event';
import { PaymentUpdatedEvent } from '../payments/events/payment-updated.event';
import type { DomainEventClass } from './domain-event';

/** The class the relay publishes each stored event type as. */
export const EVENT_CLASSES: Readonly<Record<string, DomainEventClass>> = {
  InvoiceIssued: InvoiceIssuedEvent,
  InvoicePaid: InvoicePaidEvent,
  InvoiceVoided: InvoiceVoidedEvent,
  PaymentCreated: PaymentCreatedEvent,
  PaymentUpdated: PaymentUpdatedEvent,
  PaymentDeleted: PaymentDeletedEvent,
};
