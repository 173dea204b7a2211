import { Inject, Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { ENTITY_CACHE } from '../database/entity-cache';
import type { EntityCache } from '../database/entity-cache';
import { EventStore } from './event-store';

/** An event of an entity-backed aggregate, about to be appended. */
export interface EntityChange {
  readonly id: string;
  readonly type: string;
  readonly payload: Record<string, unknown>;
}

/**
 * Runs the commands of entity-backed aggregates: the entity's service writes
 * its rows and the command's events are appended to cqrs_events (the outbox)
 * in one transaction, which the entity's repository joins (current()). The
 * relay publishes the events once it has committed: a rolled-back write
 * publishes nothing.
 */
@Injectable()
export class CommandTransaction {
  private readonly transactions = new AsyncLocalStorage<EntityManager>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventStore,
    @Inject(ENTITY_CACHE) private readonly cache: EntityCache,
  ) {}

  /** The manager of the command under way in this call chain, if any. */
  current(): EntityManager | undefined {
    return this.transactions.getStore();
  }

  /**
   * `write`, then the events `changes` makes of what it wrote, in one
   * transaction. The cache `tags` are dropped again once it has ended: a read
   * while it was under way may have cached rows it then committed or undid.
   */
  async run<T>(
    aggregateType: string,
    tags: readonly string[],
    write: () => Promise<T>,
    changes: (written: T) => readonly EntityChange[],
  ): Promise<T> {
    try {
      return await this.dataSource.transaction((manager) =>
        this.transactions.run(manager, async () => {
          const result = await write();
          for (const change of changes(result)) {
            const id = change.id;
            const version = await this.version(manager, aggregateType, id);
            await this.events.append(manager, aggregateType, id, version, [
              { type: change.type, payload: change.payload, metadata: {} },
            ]);
          }
          return result;
        }),
      );
    } finally {
      await this.cache.invalidate(tags);
    }
  }

  /**
   * The aggregate's version so far. The row the write has locked keeps a
   * concurrent command of the same entity waiting until this one commits.
   */
  private async version(
    manager: EntityManager,
    aggregateType: string,
    id: string,
  ): Promise<number> {
    const rows: { version: number }[] = await manager.query(
      `SELECT coalesce(max(version), 0)::int AS version FROM cqrs_events
       WHERE aggregate_type = $1 AND aggregate_id = $2`,
      [aggregateType, id],
    );
    return rows[0].version;
  }
}
