import {
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, EntityManager } from 'typeorm';
import type { EnvironmentVariables } from '../config/env.validation';
import {
  AggregateDefinition,
  AggregateState,
  applyEvent,
} from './aggregate-definition';
import type { EventMetadata } from './domain-event';
import { EventStore } from './event-store';
import { ViewStore } from './view-store';

/** What a command does to its aggregate. */
export type CommandKind = 'create' | 'change' | 'delete';

/** One command, as its handler hands it to the store. */
export interface CommandIntent {
  readonly command: string;
  readonly kind: CommandKind;
  readonly aggregateId: string;
  /** The version the caller read; a newer one is a conflict (409). */
  readonly expectedVersion?: number;
  /**
   * Only this account's aggregate (another's answers 404); any when undefined:
   * an admin, a saga.
   */
  readonly ownerId?: string;
  readonly event: string;
  readonly payload: Record<string, unknown>;
  readonly metadata: EventMetadata;
}

/** What a command answers: the aggregate and its version after it. */
export interface CommandResult {
  readonly id: string;
  readonly version: number;
}

/** An aggregate loaded for a command, and how many events that read. */
export interface LoadedAggregate {
  readonly state: AggregateState | undefined;
  readonly eventsRead: number;
}

interface SnapshotRow {
  version: number;
  state: AggregateState;
}

/**
 * Runs every command the same way, in one transaction: the Idempotency-Key
 * is claimed, the aggregate loaded, its event appended to cqrs_events (the
 * outbox) and, for an aggregate that is not event-sourced, its row written.
 * Nothing is published here: the relay publishes after the commit, so a
 * rolled-back command publishes nothing.
 */
@Injectable()
export class AggregateStore {
  private readonly snapshotEvery: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventStore,
    private readonly views: ViewStore,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.snapshotEvery = config.get('CQRS_SNAPSHOT_EVERY', { infer: true });
  }

  execute(
    definition: AggregateDefinition,
    intent: CommandIntent,
  ): Promise<CommandResult> {
    return this.dataSource.transaction(async (manager) => {
      const key = intent.metadata.idempotencyKey;
      if (key) {
        const earlier = await this.claimKey(manager, key, definition, intent);
        if (earlier) {
          return earlier;
        }
      }
      const { state } = await this.loadForUpdate(manager, definition, intent);
      this.check(definition, intent, state);
      const version = state?.version ?? 0;
      const [event] = await this.events.append(
        manager,
        definition.type,
        intent.aggregateId,
        version,
        [
          {
            type: intent.event,
            payload: intent.payload,
            metadata: intent.metadata,
          },
        ],
      );
      const next = applyEvent(definition, state, event);
      if (definition.eventSourced) {
        await this.maybeSnapshot(manager, definition, version, next);
      } else {
        await this.views.write(manager, definition, next);
      }
      if (key) {
        await manager.query(
          `UPDATE cqrs_idempotency_keys SET version = $2 WHERE key = $1`,
          [key, next.version],
        );
      }
      return { id: next.id, version: next.version };
    });
  }

  /**
   * An event-sourced aggregate: its latest snapshot and the events after it.
   * Any other: its row.
   */
  load(
    definition: AggregateDefinition,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LoadedAggregate> {
    return definition.eventSourced
      ? this.replay(manager, definition, id)
      : this.views
          .find(definition, id, manager)
          .then((state) => ({ state, eventsRead: 0 }));
  }

  private async loadForUpdate(
    manager: EntityManager,
    definition: AggregateDefinition,
    intent: CommandIntent,
  ): Promise<LoadedAggregate> {
    if (definition.eventSourced) {
      return this.replay(manager, definition, intent.aggregateId);
    }
    // The row lock makes concurrent writers of one aggregate take turns.
    const state = await this.views.find(
      definition,
      intent.aggregateId,
      manager,
      true,
    );
    return { state, eventsRead: 0 };
  }

  private async replay(
    manager: EntityManager,
    definition: AggregateDefinition,
    id: string,
  ): Promise<LoadedAggregate> {
    const snapshots: SnapshotRow[] = await manager.query(
      `SELECT version, state FROM cqrs_snapshots
       WHERE aggregate_type = $1 AND aggregate_id = $2`,
      [definition.type, id],
    );
    const after = snapshots[0]?.version ?? 0;
    const events = await this.events.read(definition.type, id, after, manager);
    let state: AggregateState | undefined = snapshots[0]?.state;
    for (const event of events) {
      state = applyEvent(definition, state, event);
    }
    return { state, eventsRead: events.length };
  }

  private check(
    definition: AggregateDefinition,
    intent: CommandIntent,
    state: AggregateState | undefined,
  ): void {
    const exists =
      state !== undefined &&
      !state.deleted &&
      (intent.ownerId === undefined || state.ownerId === intent.ownerId);
    if (intent.kind === 'create' && state !== undefined) {
      throw new ConflictException(
        `${definition.type} ${intent.aggregateId} already exists`,
      );
    }
    if (intent.kind !== 'create' && !exists) {
      throw new NotFoundException(
        `${definition.type} ${intent.aggregateId} not found`,
      );
    }
    if (
      intent.expectedVersion !== undefined &&
      intent.expectedVersion !== (state?.version ?? 0)
    ) {
      throw new ConflictException(
        `${definition.type} ${intent.aggregateId} is at version ${state?.version ?? 0}, not ${intent.expectedVersion}`,
      );
    }
  }

  /** A snapshot each time the version crosses a multiple of the interval. */
  private async maybeSnapshot(
    manager: EntityManager,
    definition: AggregateDefinition,
    previous: number,
    state: AggregateState,
  ): Promise<void> {
    const every = this.snapshotEvery;
    if (Math.floor(state.version / every) === Math.floor(previous / every)) {
      return;
    }
    await manager.query(
      `INSERT INTO cqrs_snapshots (aggregate_type, aggregate_id, version, state)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (aggregate_type, aggregate_id)
       DO UPDATE SET version = EXCLUDED.version, state = EXCLUDED.state,
         taken_at = now()`,
      [definition.type, state.id, state.version, state],
    );
  }

  /**
   * Claims an Idempotency-Key, or answers what the command that claimed it
   * did. A concurrent request with the same key waits for the first to end.
   */
  private async claimKey(
    manager: EntityManager,
    key: string,
    definition: AggregateDefinition,
    intent: CommandIntent,
  ): Promise<CommandResult | undefined> {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO cqrs_idempotency_keys (key, command, aggregate_id)
       VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [key, intent.command, intent.aggregateId],
    );
    if (claimed.length > 0) {
      return undefined;
    }
    const rows: { command: string; aggregate_id: string; version: number }[] =
      await manager.query(
        `SELECT command, aggregate_id, version FROM cqrs_idempotency_keys
         WHERE key = $1`,
        [key],
      );
    if (rows[0].command !== intent.command) {
      throw new ConflictException(
        `Idempotency-Key ${key} was used for another ${definition.type} command`,
      );
    }
    return { id: rows[0].aggregate_id, version: rows[0].version };
  }
}
