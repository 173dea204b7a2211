import { Injectable } from '@nestjs/common';
import { REPORTS_QUEUE } from './reports/reports.constants';
import { ReportsProducer } from './reports/reports.producer';
import { QueueMetrics } from './queue-metrics.service';
import { ManagedQueue } from './queue-producer';
import { QueueCounts, QueueEventCounts } from './queue.types';

/** One queue: its jobs per state in Redis, and the events this process counted. */
export interface QueueOverview {
  name: string;
  counts: QueueCounts;
  events: QueueEventCounts;
}

/** Every queue of the app by name: what the admin routes and /health go through. */
@Injectable()
export class QueueRegistry {
  private readonly producers: ReadonlyMap<string, ManagedQueue>;

  constructor(
    reportsProducer: ReportsProducer,
    private readonly metrics: QueueMetrics,
  ) {
    this.producers = new Map<string, ManagedQueue>([
      [REPORTS_QUEUE, reportsProducer],
    ]);
  }

  names(): string[] {
    return [...this.producers.keys()];
  }

  find(name: string): ManagedQueue | undefined {
    return this.producers.get(name);
  }

  async overview(name: string): Promise<QueueOverview | undefined> {
    const producer = this.producers.get(name);
    if (!producer) {
      return undefined;
    }
    return {
      name,
      counts: await producer.counts(),
      events: this.metrics.snapshot(name),
    };
  }

  async overviews(): Promise<QueueOverview[]> {
    const overviews = await Promise.all(
      this.names().map((name) => this.overview(name)),
    );
    return overviews.filter((overview) => overview !== undefined);
  }
}
