import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { EventMetadata, StoredEvent } from './domain-event';
import { currentVersion, upcast } from './upcasting';

/** An event about to be appended. */
export interface NewEvent {
  readonly type: string;
  readonly payload: Record<string, unknown>;
  readonly metadata: EventMetadata;
}

interface EventRow {
  id: string;
  position: string;
  aggregate_type: string;
  aggregate_id: string;
  version: number;
  type: string;
  event_version: number;
  payload: Record<string, unknown>;
  metadata: EventMetadata;
  occurred_at: Date;
}

export const EVENT_COLUMNS = `id, position, aggregate_type, aggregate_id, version, type,
  event_version, payload, metadata, occurred_at`;

const UNIQUE_VIOLATION = '23505';

/** A row of cqrs_events, brought up to its type's current event version. */
export function toStoredEvent(row: EventRow): StoredEvent {
  return upcast({
    id: row.id,
    position: row.position,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    version: row.version,
    type: row.type,
    eventVersion: row.event_version,
    payload: row.payload,
    metadata: row.metadata,
    occurredAt: row.occurred_at,
  });
}

/**
 * The append-only event log (table cqrs_events), which is also the outbox:
 * rows not yet published have no published_at (see OutboxRelay).
 */
@Injectable()
export class EventStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends events after `expectedVersion`, in the caller's transaction. The
   * unique (aggregate_type, aggregate_id, version) key refuses a writer that
   * read an older version: 409.
   */
  async append(
    manager: EntityManager,
    aggregateType: string,
    aggregateId: string,
    expectedVersion: number,
    events: readonly NewEvent[],
  ): Promise<StoredEvent[]> {
    const stored: StoredEvent[] = [];
    for (const [index, event] of events.entries()) {
      try {
        const rows: EventRow[] = await manager.query(
          `INSERT INTO cqrs_events (aggregate_type, aggregate_id, version, type,
             event_version, payload, metadata)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           RETURNING ${EVENT_COLUMNS}`,
          [
            aggregateType,
            aggregateId,
            expectedVersion + index + 1,
            event.type,
            currentVersion(event.type),
            event.payload,
            event.metadata,
          ],
        );
        stored.push(toStoredEvent(rows[0]));
      } catch (error) {
        throw isUniqueViolation(error)
          ? new ConflictException(
              `${aggregateType} ${aggregateId} was changed by another writer; read it again and retry`,
            )
          : error;
      }
    }
    return stored;
  }

  /** The events of one aggregate after `afterVersion`, oldest first. */
  async read(
    aggregateType: string,
    aggregateId: string,
    afterVersion = 0,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredEvent[]> {
    const rows: EventRow[] = await manager.query(
      `SELECT ${EVENT_COLUMNS} FROM cqrs_events
       WHERE aggregate_type = $1 AND aggregate_id = $2 AND version > $3
       ORDER BY version`,
      [aggregateType, aggregateId, afterVersion],
    );
    return rows.map(toStoredEvent);
  }

  /** The ids of every aggregate of a type that has events. */
  async aggregateIds(aggregateType: string): Promise<string[]> {
    const rows: { aggregate_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT aggregate_id FROM cqrs_events WHERE aggregate_type = $1`,
      [aggregateType],
    );
    return rows.map((row) => row.aggregate_id);
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
  );
}
