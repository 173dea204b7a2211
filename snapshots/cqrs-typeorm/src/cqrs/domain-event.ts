import type { IEvent } from '@nestjs/cqrs';

/** Who asked for a change, and which request it belongs to. */
export interface EventMetadata {
  readonly correlationId?: string;
  readonly idempotencyKey?: string;
  /** The account the aggregate belongs to: set on its creating event only. */
  readonly ownerId?: string;
  readonly [key: string]: unknown;
}

/** One row of the event store (table cqrs_events), as it was appended. */
export interface StoredEvent {
  readonly id: string;
  readonly position: string;
  readonly aggregateType: string;
  readonly aggregateId: string;
  readonly version: number;
  readonly type: string;
  readonly eventVersion: number;
  readonly payload: Record<string, unknown>;
  readonly metadata: EventMetadata;
  readonly occurredAt: Date;
}

/**
 * An event published on the EventBus by the outbox relay, once the transaction
 * that stored it has committed. Every event published this way is an
 * integration event: other services may see it (the microservices expert
 * forwards these to its broker with an `@EventsHandler` of its own). TPayload
 * is what the event records: its command's validated fields.
 */
export abstract class DomainEvent<
  TPayload extends object = Record<string, unknown>,
> implements IEvent {
  readonly integration = true;

  constructor(readonly stored: StoredEvent) {}

  get aggregateId(): string {
    return this.stored.aggregateId;
  }

  get payload(): TPayload {
    return this.stored.payload as TPayload;
  }
}

export type DomainEventClass = new (stored: StoredEvent) => DomainEvent;
