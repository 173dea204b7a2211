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
      `SELECT id, version, status, data, updated_at FROM cqrs_views
       WHERE aggregate_type = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
      [definition.type, id],
    );
    return rows[0] && { ...toView(rows[0]), deleted: false };
  }

  async get<TData extends object = Record<string, unknown>>(
    definition: AggregateDefinition,
    id: string,
  ): Promise<AggregateView<TData> | undefined> {
    const rows: ViewRow<TData>[] = await this.dataSource.query(
      `SELECT id, version, status, data, updated_at FROM cqrs_views
       WHERE aggregate_type = $1 AND id = $2`,
      [definition.type, id],
    );
    return rows[0] && toView(rows[0]);
  }

  async list<TData extends object = Record<string, unknown>>(
    definition: AggregateDefinition,
    page: number,
    limit: number,
    order: SortOrder,
  ): Promise<Page<AggregateView<TData>>> {
    const direction = order === 'asc' ? 'ASC' : 'DESC';
    const [rows, counts] = await Promise.all([
      this.dataSource.query<ViewRow<TData>[]>(
        `SELECT id, version, status, data, updated_at FROM cqrs_views
         WHERE aggregate_type = $1
         ORDER BY updated_at ${direction}, id ${direction}
         LIMIT $2 OFFSET $3`,
        [definition.type, limit, (page - 1) * limit],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM cqrs_views WHERE aggregate_type = $1`,
        [definition.type],
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
    await manager.query(
      `INSERT INTO cqrs_views (aggregate_type, id, version, status, data)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (aggregate_type, id) DO UPDATE SET version = EXCLUDED.version,
         status = EXCLUDED.status, data = EXCLUDED.data, updated_at = now()`,
      [definition.type, state.id, state.version, state.status, state.data],
    );
  }
}
