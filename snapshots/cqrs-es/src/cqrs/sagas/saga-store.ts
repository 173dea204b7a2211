import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import type { EnvironmentVariables } from '../../config/env.validation';

/**
 * Where a saga instance is: waiting for its answer, undoing its step, or done
 * one way (`failed`: its compensation kept failing).
 */
export type SagaStatus =
  | 'pending'
  | 'compensating'
  | 'completed'
  | 'compensated'
  | 'timed-out'
  | 'failed';

/** How a compensation ends the instance once it has succeeded. */
export type CompensatedStatus = 'compensated' | 'timed-out';

/** An instance whose compensation is due: a first one, or a retry. */
export interface DueSaga {
  readonly saga: string;
  readonly id: string;
}

/**
 * The state of every saga instance (table cqrs_sagas), one row per saga and
 * correlation id. Each transition is one conditional UPDATE, so a redelivered
 * event, a late answer and the timeout scheduler cannot act twice.
 * A compensation is claimed before it runs (`compensating`, with a deadline
 * that is both a lease and the time of the next attempt): one that throws is
 * retried with exponential backoff until CQRS_SAGA_COMPENSATION_ATTEMPTS have
 * failed, then the instance is `failed` and logged.
 */
@Injectable()
export class SagaStore {
  private readonly logger = new Logger(SagaStore.name);
  private readonly attempts: number;
  private readonly retryDelayMs: number;

  constructor(
    private readonly dataSource: DataSource,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.attempts = config.get('CQRS_SAGA_COMPENSATION_ATTEMPTS', {
      infer: true,
    });
    this.retryDelayMs = config.get('CQRS_SAGA_RETRY_DELAY_MS', { infer: true });
  }

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

  /**
   * Claims the compensation of a pending instance, to run now (`attempt`);
   * false when it has ended or is compensating already. Until the first retry
   * is due, the scheduler leaves it to the caller.
   */
  async startCompensation(
    saga: string,
    id: string,
    endsAs: CompensatedStatus = 'compensated',
  ): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE cqrs_sagas SET status = 'compensating', ends_as = $3,
         attempts = 0, updated_at = now(),
         deadline = now() + $4 * interval '1 millisecond'
       WHERE saga = $1 AND id = $2 AND status = 'pending'`,
      [saga, id, endsAs, this.retryDelayMs],
    );
    return affected > 0;
  }

  /**
   * Claims what is due: pending instances past their deadline (to compensate
   * as timed out) and compensations whose retry is due. Each claim moves the
   * deadline on by the retry delay, so that one scheduler runs it.
   */
  async claimDue(): Promise<DueSaga[]> {
    const [rows]: [DueSaga[], number] = await this.dataSource.query(
      `UPDATE cqrs_sagas SET updated_at = now(),
         ends_as = CASE WHEN status = 'pending' THEN 'timed-out' ELSE ends_as END,
         status = 'compensating',
         deadline = now() + $1 * interval '1 millisecond'
       WHERE (saga, id) IN (
         SELECT saga, id FROM cqrs_sagas
         WHERE status IN ('pending', 'compensating') AND deadline < now()
         ORDER BY deadline LIMIT 100 FOR UPDATE SKIP LOCKED)
       RETURNING saga, id`,
      [this.retryDelayMs],
    );
    return rows;
  }

  /**
   * Runs a claimed compensation once. Success ends the instance; a failure is
   * retried after the retry delay doubled per earlier failure, and the last
   * allowed failure ends the instance as `failed`. Never throws for the
   * compensation's own error.
   */
  async attempt(
    saga: string,
    id: string,
    compensate: () => Promise<void>,
  ): Promise<void> {
    try {
      await compensate();
    } catch (error) {
      const failed = await this.compensationFailed(saga, id);
      if (failed) {
        this.logger.error(
          `${saga} ${id}: compensation failed ${this.attempts} times, given up`,
          error,
        );
      } else {
        this.logger.warn(`${saga} ${id}: compensation failed, retrying`, error);
      }
      return;
    }
    await this.dataSource.query(
      `UPDATE cqrs_sagas SET status = ends_as, updated_at = now()
       WHERE saga = $1 AND id = $2 AND status = 'compensating'`,
      [saga, id],
    );
  }

  /** Counts a failed attempt: true when it was the last one allowed. */
  private async compensationFailed(saga: string, id: string): Promise<boolean> {
    const [rows]: [{ status: SagaStatus }[], number] =
      await this.dataSource.query(
        `UPDATE cqrs_sagas SET attempts = attempts + 1, updated_at = now(),
           status = CASE WHEN attempts + 1 >= $3 THEN 'failed'
             ELSE status END,
           deadline = now() + $4 * power(2, attempts) * interval '1 millisecond'
         WHERE saga = $1 AND id = $2 AND status = 'compensating'
         RETURNING status`,
        [saga, id, this.attempts, this.retryDelayMs],
      );
    return rows[0]?.status === 'failed';
  }
}
