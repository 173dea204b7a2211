import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EventBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { EnvironmentVariables } from '../config/env.validation';
import { EVENT_CLASSES } from './event-classes';
import { EVENT_COLUMNS, toStoredEvent } from './event-store';

/** Events published per round. */
const BATCH_SIZE = 100;

/**
 * Publishes committed events on the EventBus, oldest first, and marks them
 * published. Rows are claimed with FOR UPDATE SKIP LOCKED, so several app
 * instances share the work without publishing one row twice at once; a crash
 * between publishing and marking publishes the row again on the next round,
 * which the idempotent handlers absorb (at least once, applied once).
 */
@Injectable()
export class OutboxRelay
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly intervalMs: number;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly eventBus: EventBus,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.intervalMs = config.get('CQRS_RELAY_INTERVAL_MS', { infer: true });
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    this.timer ??= setInterval(() => void this.tick(), this.intervalMs);
  }

  /** Stops polling once the round under way has ended. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => 0);
  }

  /** Publishes every unpublished event; resolves to how many it published. */
  async drain(): Promise<number> {
    let total = 0;
    for (
      let count = await this.round();
      count > 0;
      count = await this.round()
    ) {
      total += count;
    }
    return total;
  }

  private async tick(): Promise<void> {
    if (this.running) {
      return;
    }
    this.running = this.drain();
    try {
      await this.running;
    } catch (error) {
      this.logger.error('Publishing events failed', error);
    } finally {
      this.running = undefined;
    }
  }

  private round(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Parameters<typeof toStoredEvent>[0][] = await manager.query(
        `SELECT ${EVENT_COLUMNS} FROM cqrs_events
         WHERE published_at IS NULL
         ORDER BY position
         LIMIT $1
         FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      for (const row of rows) {
        const stored = toStoredEvent(row);
        this.eventBus.publish(new EVENT_CLASSES[stored.type](stored));
      }
      if (rows.length > 0) {
        await manager.query(
          `UPDATE cqrs_events SET published_at = now() WHERE id = ANY($1::uuid[])`,
          [rows.map((row) => row.id)],
        );
      }
      return rows.length;
    });
  }
}
