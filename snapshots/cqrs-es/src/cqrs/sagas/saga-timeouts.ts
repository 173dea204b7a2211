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

/** A saga that undoes its step on failure, or when no answer comes in time. */
export interface TimedSaga {
  readonly name: string;
  /** Dispatches the compensation; throws when it fails (it is retried). */
  compensate(id: string): Promise<void>;
}

export const TIMED_SAGAS = Symbol('TIMED_SAGAS');

/**
 * Runs every saga compensation that is due: an instance past its deadline
 * (timed out), or a failed compensation whose retry has come (SagaStore's
 * backoff). Deadlines are columns of cqrs_sagas, so both survive a restart;
 * each instance is claimed by one conditional UPDATE, so one scheduler acts
 * on it.
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
      this.compensateDue().catch((error: unknown) =>
        this.logger.error('Checking saga deadlines failed', error),
      );
    }, this.intervalMs);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Runs the due compensations once each; resolves to how many there were. */
  async compensateDue(): Promise<number> {
    const due = await this.store.claimDue();
    for (const { saga, id } of due) {
      const timed = this.sagas.find((candidate) => candidate.name === saga);
      if (timed) {
        await this.store.attempt(saga, id, () => timed.compensate(id));
      }
    }
    return due.length;
  }
}
