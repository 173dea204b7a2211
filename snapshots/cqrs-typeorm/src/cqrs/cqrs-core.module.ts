import { Global, Module } from '@nestjs/common';
import { CommandTransaction } from './command-transaction';
import { EventStore } from './event-store';
import { OutboxRelay } from './outbox-relay';

/**
 * The stores every aggregate shares (PostgreSQL, in the database module's
 * connection) and the outbox relay that publishes their committed events.
 */
@Global()
@Module({
  providers: [CommandTransaction, EventStore, OutboxRelay],
  exports: [CommandTransaction, EventStore],
})
export class CqrsCoreModule {}
