import { getQueueToken } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { DeadLetter } from '../dead-letters';
import { REPORTS_DLQ, REPORTS_QUEUE } from './reports.constants';
import { ReportsJobHandlers } from './reports.handlers';
import { ReportsJob, ReportsProcessor } from './reports.processor';

const QUEUE = REPORTS_QUEUE;
const DLQ = REPORTS_DLQ;
const JOB = 'process-reports';
const PAYLOAD = { referenceId: 'r-7' };
const OUTCOME = { job: JOB, referenceId: 'r-7' };

function jobOf(name: string, attemptsMade = 0, attempts = 3) {
  return {
    id: '7',
    name,
    queueName: QUEUE,
    data: PAYLOAD,
    attemptsMade,
    opts: { attempts },
  } as unknown as ReportsJob;
}

describe('ReportsProcessor', () => {
  let processor: ReportsProcessor;
  let handlers: Mocked<ReportsJobHandlers>;
  let deadLetters: Mocked<Queue<DeadLetter>>;

  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  beforeEach(async () => {
    const { unit, unitRef } =
      await TestBed.solitary(ReportsProcessor).compile();
    processor = unit;
    handlers = unitRef.get(ReportsJobHandlers);
    deadLetters = unitRef.get<Queue<DeadLetter>>(getQueueToken(DLQ));
  });

  it('runs a process-reports job through its handler', async () => {
    const handler = handlers.processReports;
    handler.mockResolvedValue(OUTCOME);
    const job = jobOf('process-reports');

    await expect(processor.process(job)).resolves.toBe(OUTCOME);
    expect(handler).toHaveBeenCalledWith(PAYLOAD);
  });

  it('rethrows a failed attempt for BullMQ to retry, keeping no dead letter', async () => {
    const handler = handlers.processReports;
    handler.mockRejectedValue(new Error('unavailable'));

    await expect(processor.process(jobOf(JOB, 0, 3))).rejects.toThrow(
      'unavailable',
    );
    expect(deadLetters.add).not.toHaveBeenCalled();
  });

  it('dead-letters the last attempt with its payload and reason', async () => {
    const handler = handlers.processReports;
    handler.mockRejectedValue(new Error('unavailable'));

    await expect(processor.process(jobOf(JOB, 2, 3))).rejects.toThrow(
      'unavailable',
    );
    const [name, letter, options] = deadLetters.add.mock.calls[0];
    expect(name).toBe(JOB);
    expect(letter).toMatchObject({
      queue: QUEUE,
      jobId: '7',
      name: JOB,
      data: PAYLOAD,
      failedReason: 'unavailable',
      attemptsMade: 3,
    });
    expect(options).toEqual({ jobId: 'dead-7' });
  });

  it('keeps the job failure when the dead-letter queue fails too', async () => {
    const handler = handlers.processReports;
    handler.mockRejectedValue(new Error('unavailable'));
    deadLetters.add.mockRejectedValue(new Error('redis gone'));

    await expect(processor.process(jobOf(JOB, 2, 3))).rejects.toThrow(
      'unavailable',
    );
  });

  it('fails a job of an unknown name for good, into the dead letters', async () => {
    await expect(
      processor.process(jobOf('no-such-job', 0, 3)),
    ).rejects.toBeInstanceOf(UnrecoverableError);
    expect(deadLetters.add).toHaveBeenCalledTimes(1);
  });

  it('closes its worker, waiting for running jobs, before shutdown', async () => {
    const close = jest.fn().mockResolvedValue(undefined);
    jest
      .spyOn(processor, 'worker', 'get')
      .mockReturnValue({ close } as unknown as Worker);

    await processor.beforeApplicationShutdown();

    expect(close).toHaveBeenCalledWith();
  });
});
