import { Global, Module } from '@nestjs/common';
import { AggregateStore } from './aggregate-store';
import { EventStore } from './event-store';
import { OutboxRelay } from './outbox-relay';
import { Projector } from './projector';
import { SagaStore } from './sagas/saga-store';
import { ViewStore } from './view-store';

/**
 * The stores every aggregate shares (PostgreSQL, in the database module's
 * connection) and the outbox relay that publishes their committed events.
 */
@Global()
@Module({
  providers: [
    AggregateStore,
    EventStore,
    OutboxRelay,
    Projector,
    SagaStore,
    ViewStore,
  ],
  exports: [AggregateStore, EventStore, Projector, SagaStore, ViewStore],
})
export class CqrsCoreModule {}
