import { Logger } from '@nestjs/common';
import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import type { DomainEvent } from '../cqrs/domain-event';
import { EVENT_CLASSES } from '../cqrs/event-classes';
import { BrokerClients } from './broker-clients';
import { BROKERS } from './brokers';
import { pattern } from './messaging.patterns';

/**
 * Each cqrs event's name on the brokers: `<aggregate-kebab>.<event>`, the
 * event's name without its aggregate's (as entity writes are
 * `<entity-kebab>.created|updated|deleted`).
 */
export const CQRS_EVENT_NAMES: Readonly<Record<string, string>> = {
  InvoiceIssued: 'invoice.issued',
  InvoicePaid: 'invoice.paid',
  InvoiceVoided: 'invoice.voided',
  PaymentCreated: 'payment.created',
  PaymentUpdated: 'payment.updated',
  PaymentDeleted: 'payment.deleted',
};

/** A cqrs event as other services receive it. */
export interface CqrsIntegrationEvent {
  /** The aggregate's id (an entity event's `id` is its entity's). */
  id: string;
  /** The stored event's id: a re-sent event has the same, to skip it. */
  eventId: string;
  /** The aggregate's version after this event. */
  version: number;
  type: string;
  eventVersion: number;
  occurredAt: string;
  payload: Record<string, unknown>;
}

/**
 * Sends every event the outbox relay publishes (src/cqrs/outbox-relay.ts: only
 * events whose transaction has committed) out on every broker. A broker that
 * fails is logged and the event is not sent there again: it stays in
 * cqrs_events. The relay publishes an event again after a crash before it
 * marked it, so a consumer may receive one twice: skip a known eventId.
 */
@EventsHandler(...Object.values(EVENT_CLASSES))
export class CqrsEventsForwarder implements IEventHandler<DomainEvent> {
  private readonly logger = new Logger(CqrsEventsForwarder.name);

  constructor(private readonly clients: BrokerClients) {}

  async handle({ stored }: DomainEvent): Promise<void> {
    const name = pattern(CQRS_EVENT_NAMES[stored.type]);
    const event: CqrsIntegrationEvent = {
      id: stored.aggregateId,
      eventId: stored.id,
      version: stored.version,
      type: stored.type,
      eventVersion: stored.eventVersion,
      occurredAt: stored.occurredAt.toISOString(),
      payload: stored.payload,
    };
    const sent = await Promise.allSettled(
      BROKERS.map((broker) => this.clients.emit(broker, name, event)),
    );
    sent.forEach((result, index) => {
      if (result.status === 'rejected') {
        this.logger.error(
          `${name} ${stored.id} not sent on ${BROKERS[index]}: ${String(result.reason)}`,
        );
      }
    });
  }
}
