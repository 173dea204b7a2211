import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { EmailsProducer } from '../../queues/emails/emails.producer';
import { InvoiceIssuedEvent } from './invoice-issued.event';

/**
 * Hands the slow work that follows InvoiceIssued to the emails queue. The
 * relay publishes only committed events, so no job is enqueued for a
 * rolled-back command; the job id is the event id, so an event published again
 * enqueues nothing more.
 */
@EventsHandler(InvoiceIssuedEvent)
export class InvoiceIssuedHandler implements IEventHandler<InvoiceIssuedEvent> {
  constructor(private readonly emails: EmailsProducer) {}

  async handle(event: InvoiceIssuedEvent): Promise<void> {
    await this.emails.addOnce(
      'process-emails',
      { referenceId: event.aggregateId },
      event.stored.id,
    );
  }
}
