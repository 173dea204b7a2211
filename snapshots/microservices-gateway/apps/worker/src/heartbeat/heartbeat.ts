import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { rm, writeFile } from 'node:fs/promises';
import { EnvironmentVariables } from '../config/env.validation';

/**
 * The worker's liveness signal: while its event loop turns, it rewrites HEARTBEAT_FILE
 * every HEARTBEAT_INTERVAL_MS. The container health check fails once the file is stale
 * (a blocked loop, a hung process) or gone (the worker has shut down).
 */
@Injectable()
export class Heartbeat
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(Heartbeat.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly config: ConfigService<EnvironmentVariables, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.beat();
    this.timer = setInterval(
      () => void this.beat(),
      this.config.get('HEARTBEAT_INTERVAL_MS', { infer: true }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await rm(this.file, { force: true });
  }

  private get file(): string {
    return this.config.get('HEARTBEAT_FILE', { infer: true });
  }

  private async beat(): Promise<void> {
    try {
      await writeFile(this.file, new Date().toISOString());
    } catch (error) {
      // A missed beat is what the health check is for; the worker keeps working.
      this.logger.error({ message: 'Heartbeat failed', reason: String(error) });
    }
  }
}
