import { Type } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type Redis from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestApp } from './app';

/** The whole app as main.ts builds it, plus test-only controllers. */
export function createAppWith(
  ...controllers: Type[]
): Promise<NestFastifyApplication> {
  return createTestApp({ controllers });
}

/**
 * Polls `check` until it holds; fails after `timeoutMs`. The default leaves
 * room for a loaded CI machine and stays below CACHE_L1_TTL_SECONDS, so an
 * in-process entry that is never evicted still fails the tests that wait for it.
 */
export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`Condition not met within ${timeoutMs} ms`);
    }
    await sleep(20);
  }
}

/** How many client connections Redis knows by this name. */
export async function clientsNamed(
  redis: Redis,
  name: string,
): Promise<number> {
  const list = String(await redis.client('LIST'));
  return list
    .split('\n')
    .filter((line) => line.split(' ').includes(`name=${name}`)).length;
}
