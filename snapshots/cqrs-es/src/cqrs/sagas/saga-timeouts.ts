import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EnvironmentVariables } from '../../config/env.validation';
import { SagaStore } from './saga-store';

/** A saga that undoes its step when no answer comes in time. */
export interface TimedSaga {
  readonly name: string;
  compensate(id: string): Promise<void>;
}

export const TIMED_SAGAS = Symbol('TIMED_SAGAS');

/**
 * Compensates every saga instance whose deadline has passed. The deadline is
 * a column of cqrs_sagas, so a timeout survives a restart; each instance is
 * claimed by one conditional UPDATE, so one scheduler acts on it.
 */
@Injectable()
export class SagaTimeouts
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(SagaTimeouts.name);
  private readonly intervalMs: number;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: SagaStore,
    @Inject(TIMED_SAGAS) private readonly sagas: readonly TimedSaga[],
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.intervalMs = config.get('CQRS_SAGA_CHECK_INTERVAL_MS', {
      infer: true,
    });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.compensateExpired().catch((error: unknown) =>
        this.logger.error('Checking saga deadlines failed', error),
      );
    }, this.intervalMs);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Compensates the expired instances; resolves to how many there were. */
  async compensateExpired(): Promise<number> {
    const expired = await this.store.claimExpired();
    for (const { saga, id } of expired) {
      await this.sagas
        .find((candidate) => candidate.name === saga)
        ?.compensate(id);
    }
    return expired.length;
  }
}
