import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { Projector } from '../../cqrs/projector';
import { InvoiceIssuedEvent } from '../events/invoice-issued.event';
import { InvoicePaidEvent } from '../events/invoice-paid.event';
import { InvoiceVoidedEvent } from '../events/invoice-voided.event';
import { INVOICE } from '../invoice.aggregate';

type InvoiceEvent = InvoiceIssuedEvent | InvoicePaidEvent | InvoiceVoidedEvent;

/** Brings the Invoice read model up to each published event, once. */
@EventsHandler(InvoiceIssuedEvent, InvoicePaidEvent, InvoiceVoidedEvent)
export class InvoiceProjection implements IEventHandler<InvoiceEvent> {
  constructor(private readonly projector: Projector) {}

  handle(event: InvoiceEvent): Promise<void> {
    return this.projector.project(INVOICE, event);
  }
}
