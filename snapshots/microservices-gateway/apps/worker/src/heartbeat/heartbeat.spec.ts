import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Heartbeat } from './heartbeat';

describe('Heartbeat', () => {
  let dir: string;
  let heartbeat: Heartbeat;

  function heartbeatFor(file: string): Heartbeat {
    return new Heartbeat(
      new ConfigService({
        HEARTBEAT_FILE: file,
        HEARTBEAT_INTERVAL_MS: 60_000,
      }),
    );
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'heartbeat-'));
  });

  afterEach(async () => {
    await heartbeat.onApplicationShutdown();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the time to its file as soon as the worker starts', async () => {
    const file = join(dir, 'alive');
    heartbeat = heartbeatFor(file);
    const before = Date.now();

    await heartbeat.onApplicationBootstrap();

    const written = Date.parse(await readFile(file, 'utf8'));
    expect(written).toBeGreaterThanOrEqual(before - 1000);
    expect(written).toBeLessThanOrEqual(Date.now());
  });

  it('removes its file on shutdown, so a stopped worker is not reported alive', async () => {
    const file = join(dir, 'alive');
    heartbeat = heartbeatFor(file);
    await heartbeat.onApplicationBootstrap();

    await heartbeat.onApplicationShutdown();

    expect(existsSync(file)).toBe(false);
  });

  it('logs a beat it cannot write instead of stopping the worker', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation();
    heartbeat = heartbeatFor(join(dir, 'missing-folder', 'alive'));

    await expect(heartbeat.onApplicationBootstrap()).resolves.toBeUndefined();

    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Heartbeat failed' }),
    );
    error.mockRestore();
  });
});
