import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AggregateDefinition,
  AggregateState,
  applyEvent,
} from './aggregate-definition';
import type { DomainEvent } from './domain-event';
import { EventStore } from './event-store';
import { ViewStore } from './view-store';

/**
 * Keeps the read model of an event-sourced aggregate up to date. Each event
 * brings the view up to that event's version from the log, once: an event
 * delivered twice, late or out of order changes nothing more (its id is in
 * cqrs_processed_events).
 */
@Injectable()
export class Projector {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventStore,
    private readonly views: ViewStore,
  ) {}

  project(definition: AggregateDefinition, event: DomainEvent): Promise<void> {
    const { id, aggregateId, version } = event.stored;
    return this.dataSource.transaction(async (manager) => {
      // One projection of an aggregate at a time.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        aggregateId,
      ]);
      const processed: unknown[] = await manager.query(
        `SELECT 1 FROM cqrs_processed_events WHERE projection = $1 AND event_id = $2`,
        [definition.type, id],
      );
      if (processed.length > 0) {
        return;
      }
      const current = await this.views.find(definition, aggregateId, manager);
      const pending = (
        await this.events.read(
          definition.type,
          aggregateId,
          current?.version ?? 0,
          manager,
        )
      ).filter((stored) => stored.version <= version);
      if (pending.length === 0) {
        return;
      }
      let state: AggregateState | undefined = current;
      for (const stored of pending) {
        state = applyEvent(definition, state, stored);
      }
      await this.views.write(manager, definition, state!);
      await manager.query(
        `INSERT INTO cqrs_processed_events (projection, event_id)
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [definition.type, pending.map((stored) => stored.id)],
      );
    });
  }

  /** Every view of the aggregate type rebuilt from the log alone. */
  async rebuild(definition: AggregateDefinition): Promise<number> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM cqrs_views WHERE aggregate_type = $1`, [
        definition.type,
      ]);
      await manager.query(
        `DELETE FROM cqrs_processed_events WHERE projection = $1`,
        [definition.type],
      );
    });
    const ids = await this.events.aggregateIds(definition.type);
    for (const id of ids) {
      await this.dataSource.transaction(async (manager) => {
        const events = await this.events.read(definition.type, id, 0, manager);
        let state: AggregateState | undefined;
        for (const stored of events) {
          state = applyEvent(definition, state, stored);
        }
        await this.views.write(manager, definition, state!);
        await manager.query(
          `INSERT INTO cqrs_processed_events (projection, event_id)
           SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
          [definition.type, events.map((stored) => stored.id)],
        );
      });
    }
    return ids.length;
  }
}
