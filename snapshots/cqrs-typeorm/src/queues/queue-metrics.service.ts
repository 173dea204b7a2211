import { Injectable } from '@nestjs/common';
import { QueueEventCounts } from './queue.types';

/** Queue events counted per queue since this process started, fed by QueueEvents. */
@Injectable()
export class QueueMetrics {
  private readonly counts = new Map<string, QueueEventCounts>();

  record(queue: string, event: keyof QueueEventCounts): void {
    const counts = this.snapshot(queue);
    counts[event] += 1;
    this.counts.set(queue, counts);
  }

  snapshot(queue: string): QueueEventCounts {
    return {
      ...(this.counts.get(queue) ?? { completed: 0, failed: 0, stalled: 0 }),
    };
  }
}
