import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Where a saga instance is: waiting for its answer, or done one way. */
export type SagaStatus = 'pending' | 'completed' | 'compensated' | 'timed-out';

/**
 * The state of every saga instance (table cqrs_sagas), one row per saga and
 * correlation id. Each transition is one conditional UPDATE, so a redelivered
 * event, a late answer and the timeout scheduler cannot act twice.
 */
@Injectable()
export class SagaStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Starts an instance; false when it was started before. */
  async start(saga: string, id: string, timeoutMs?: number): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO cqrs_sagas (saga, id, status, deadline)
       VALUES ($1, $2, 'pending', now() + $3 * interval '1 millisecond')
       ON CONFLICT (saga, id) DO NOTHING RETURNING id`,
      [saga, id, timeoutMs ?? null],
    );
    return rows.length > 0;
  }

  /** Ends a pending instance; false when it had already ended. */
  async finish(saga: string, id: string, status: SagaStatus): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE cqrs_sagas SET status = $3, updated_at = now()
       WHERE saga = $1 AND id = $2 AND status = 'pending'`,
      [saga, id, status],
    );
    return affected > 0;
  }

  async status(saga: string, id: string): Promise<SagaStatus | undefined> {
    const rows: { status: SagaStatus }[] = await this.dataSource.query(
      `SELECT status FROM cqrs_sagas WHERE saga = $1 AND id = $2`,
      [saga, id],
    );
    return rows[0]?.status;
  }
}
