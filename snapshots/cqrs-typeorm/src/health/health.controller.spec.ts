import { HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { Mocked, TestBed } from '@suites/unit';
import { HealthController } from './health.controller';

describe('HealthController (Suites solitary)', () => {
  let controller: HealthController;
  let health: Mocked<HealthCheckService>;

  beforeEach(async () => {
    const { unit, unitRef } =
      await TestBed.solitary(HealthController).compile();
    controller = unit;
    health = unitRef.get(HealthCheckService);
  });

  it('answers liveness without asking any backing service', async () => {
    const result: HealthCheckResult = { status: 'ok', details: {} };
    health.check.mockResolvedValue(result);

    await expect(controller.live()).resolves.toBe(result);

    expect(health.check).toHaveBeenCalledWith([]);
  });

  it('checks every backing service for readiness', async () => {
    const result: HealthCheckResult = { status: 'ok', details: {} };
    health.check.mockResolvedValue(result);

    await expect(controller.ready()).resolves.toBe(result);

    const [checks] = health.check.mock.calls[0];
    expect(checks).toHaveLength(3);
  });

  it('answers /health with the readiness checks', async () => {
    const result: HealthCheckResult = { status: 'ok', details: {} };
    health.check.mockResolvedValue(result);

    await expect(controller.check()).resolves.toBe(result);

    const [checks] = health.check.mock.calls[0];
    expect(checks).toHaveLength(3);
  });

  it('passes a failing check on to terminus', async () => {
    health.check.mockRejectedValue(new Error('database down'));

    await expect(controller.ready()).rejects.toThrow('database down');
  });
});
