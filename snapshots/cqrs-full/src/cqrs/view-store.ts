import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Page, SortOrder } from '../database/pagination';
import type {
  AggregateDefinition,
  AggregateState,
} from './aggregate-definition';

interface ViewRow<TData extends object = Record<string, unknown>> {
  id: string;
  version: number;
  status: string;
  data: TData;
  owner_id: string | null;
  updated_at: Date;
}

/** An aggregate as the queries read it; TData: its fields, when it declares them. */
export interface AggregateView<TData extends object = Record<string, unknown>> {
  id: string;
  version: number;
  status: string;
  data: TData;
  updatedAt: Date;
}

function toView<TData extends object>(
  row: ViewRow<TData>,
): AggregateView<TData> {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    data: row.data,
    updatedAt: row.updated_at,
  };
}

/**
 * The read models (table cqrs_views): one row per live aggregate, written by
 * the command of an aggregate that is not event-sourced, and by the projection
 * of one that is.
 */
@Injectable()
export class ViewStore {
  constructor(private readonly dataSource: DataSource) {}

  async find(
    definition: AggregateDefinition,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<AggregateState | undefined> {
    const rows: ViewRow[] = await manager.query(
      `SELECT id, version, status, data, owner_id, updated_at FROM cqrs_views
       WHERE aggregate_type = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
      [definition.type, id],
    );
    return (
      rows[0] && {
        ...toView(rows[0]),
        ownerId: rows[0].owner_id ?? undefined,
        deleted: false,
      }
    );
  }

  /**
   * The view `id` if `ownerId` owns it (any owner when undefined: an admin).
   * Another member's aggregate is missing: its existence is not theirs to know.
   */
  async get<TData extends object = Record<string, unknown>>(
    definition: AggregateDefinition,
    id: string,
    ownerId?: string,
  ): Promise<AggregateView<TData> | undefined> {
    const rows: ViewRow<TData>[] = await this.dataSource.query(
      `SELECT id, version, status, data, owner_id, updated_at FROM cqrs_views
       WHERE aggregate_type = $1 AND id = $2
         AND ($3::uuid IS NULL OR owner_id = $3)`,
      [definition.type, id, ownerId ?? null],
    );
    return rows[0] && toView(rows[0]);
  }

  /** A member's own views; every view for an admin (ownerId undefined). */
  async list<TData extends object = Record<string, unknown>>(
    definition: AggregateDefinition,
    page: number,
    limit: number,
    order: SortOrder,
    ownerId?: string,
  ): Promise<Page<AggregateView<TData>>> {
    const direction = order === 'asc' ? 'ASC' : 'DESC';
    const owner = ownerId ?? null;
    const [rows, counts] = await Promise.all([
      this.dataSource.query<ViewRow<TData>[]>(
        `SELECT id, version, status, data, owner_id, updated_at FROM cqrs_views
         WHERE aggregate_type = $1 AND ($4::uuid IS NULL OR owner_id = $4)
         ORDER BY updated_at ${direction}, id ${direction}
         LIMIT $2 OFFSET $3`,
        [definition.type, limit, (page - 1) * limit, owner],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM cqrs_views
         WHERE aggregate_type = $1 AND ($2::uuid IS NULL OR owner_id = $2)`,
        [definition.type, owner],
      ),
    ]);
    return { items: rows.map(toView), total: counts[0].total, page, limit };
  }

  /** The aggregate's row after `state`: written, or gone once deleted. */
  async write(
    manager: EntityManager,
    definition: AggregateDefinition,
    state: AggregateState,
  ): Promise<void> {
    if (state.deleted) {
      await manager.query(
        `DELETE FROM cqrs_views WHERE aggregate_type = $1 AND id = $2`,
        [definition.type, state.id],
      );
      return;
    }
    // The owner is the creating event's: later writes keep it.
    await manager.query(
      `INSERT INTO cqrs_views (aggregate_type, id, version, status, data, owner_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (aggregate_type, id) DO UPDATE SET version = EXCLUDED.version,
         status = EXCLUDED.status, data = EXCLUDED.data, updated_at = now()`,
      [
        definition.type,
        state.id,
        state.version,
        state.status,
        state.data,
        state.ownerId ?? null,
      ],
    );
  }
}
