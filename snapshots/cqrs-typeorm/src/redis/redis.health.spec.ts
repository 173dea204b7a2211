import { Logger } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Mocked, TestBed } from '@suites/unit';
import type Redis from 'ioredis';
import { REDIS_CLIENT } from './redis.constants';
import { RedisHealthIndicator } from './redis.health';

// Sociable: the real HealthIndicatorService shapes the result.
describe('RedisHealthIndicator (Suites sociable)', () => {
  let indicator: RedisHealthIndicator;
  let redis: Mocked<Redis>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.sociable(RedisHealthIndicator)
      .expose(HealthIndicatorService)
      .compile();
    indicator = unit;
    redis = unitRef.get<Redis>(REDIS_CLIENT);
  });

  afterEach(() => jest.restoreAllMocks());

  it('is up when Redis answers PING', async () => {
    redis.ping.mockResolvedValue('PONG');

    await expect(indicator.isHealthy('redis')).resolves.toEqual({
      redis: { status: 'up' },
    });
  });

  it('is down when PING fails, and keeps the reason out of the answer', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    redis.ping.mockRejectedValue(new Error('connect ECONNREFUSED 10.0.0.5'));

    const result = await indicator.isHealthy('redis');

    expect(result).toEqual({
      redis: { status: 'down', message: 'Redis did not answer PING' },
    });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ECONNREFUSED'));
  });
});
