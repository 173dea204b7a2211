import { getQueueToken, InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import { Job, Queue } from 'bullmq';
import { IsString } from 'class-validator';
import { DeadLetter } from './dead-letters';
import { InvalidJobPayloadError } from './job-payload';
import { QueueProducer } from './queue-producer';

class PingJobDto {
  @IsString()
  host: string;
}

interface ProbeJobData {
  ping: PingJobDto;
}

// A queue of the test's own: what every generated producer inherits.
@Injectable()
class ProbeProducer extends QueueProducer<ProbeJobData> {
  constructor(
    @InjectQueue('probe') queue: Queue,
    @InjectQueue('probe-dlq') deadLetters: Queue<DeadLetter>,
  ) {
    super(queue, deadLetters, { ping: PingJobDto }, [
      { name: 'ping', repeat: { every: 60_000 }, data: { host: 'a' } },
    ]);
  }
}

function deadLetter(jobId: string) {
  return {
    id: `dead-${jobId}`,
    data: {
      queue: 'probe',
      jobId,
      name: 'ping',
      data: { host: 'a' },
      failedReason: 'timeout',
      attemptsMade: 3,
      failedAt: '2030-01-01T00:00:00.000Z',
    },
    remove: jest.fn().mockResolvedValue(undefined),
  };
}

describe('QueueProducer', () => {
  let producer: ProbeProducer;
  let queue: Mocked<Queue>;
  let deadLetters: Mocked<Queue<DeadLetter>>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(ProbeProducer).compile();
    producer = unit;
    queue = unitRef.get<Queue>(getQueueToken('probe'));
    deadLetters = unitRef.get<Queue<DeadLetter>>(getQueueToken('probe-dlq'));
    queue.add.mockResolvedValue({ id: '1' } as Job);
  });

  describe('add()', () => {
    it('enqueues a valid payload with the given options', async () => {
      const job = await producer.add('ping', { host: 'a' }, { attempts: 2 });

      expect(job.id).toBe('1');
      expect(queue.add).toHaveBeenCalledWith(
        'ping',
        { host: 'a' },
        { attempts: 2 },
      );
    });

    it('refuses an invalid payload and leaves the queue alone', async () => {
      await expect(
        producer.add('ping', { host: 7 } as never),
      ).rejects.toBeInstanceOf(InvalidJobPayloadError);
      expect(queue.add).not.toHaveBeenCalled();
    });
  });

  it('sets the delay, the priority and the job id of the variants', async () => {
    await producer.addDelayed('ping', { host: 'a' }, 500);
    await producer.addPrioritized('ping', { host: 'a' }, 3, { attempts: 2 });
    await producer.addOnce('ping', { host: 'a' }, 'ping-a');

    expect(queue.add.mock.calls.map(([, , options]) => options)).toEqual([
      { delay: 500 },
      { attempts: 2, priority: 3 },
      { jobId: 'ping-a' },
    ]);
  });

  describe('addBulk()', () => {
    it('enqueues every job in one call', async () => {
      queue.addBulk.mockResolvedValue([]);

      await producer.addBulk([
        { name: 'ping', data: { host: 'a' } },
        { name: 'ping', data: { host: 'b' }, options: { priority: 1 } },
      ]);

      expect(queue.addBulk).toHaveBeenCalledWith([
        { name: 'ping', data: { host: 'a' }, opts: undefined },
        { name: 'ping', data: { host: 'b' }, opts: { priority: 1 } },
      ]);
    });

    it('enqueues none when one payload is invalid', async () => {
      await expect(
        producer.addBulk([
          { name: 'ping', data: { host: 'a' } },
          { name: 'ping', data: {} as never },
        ]),
      ).rejects.toBeInstanceOf(InvalidJobPayloadError);
      expect(queue.addBulk).not.toHaveBeenCalled();
    });
  });

  describe('schedule()', () => {
    it('upserts a job scheduler named after the job by default', async () => {
      await producer.schedule('ping', { pattern: '0 * * * *' }, { host: 'a' });

      expect(queue.upsertJobScheduler).toHaveBeenCalledWith(
        'ping',
        { pattern: '0 * * * *' },
        { name: 'ping', data: { host: 'a' } },
      );
    });

    it('upserts the configured schedules once the app is up', async () => {
      await producer.onApplicationBootstrap();

      expect(queue.upsertJobScheduler).toHaveBeenCalledWith(
        'ping',
        { every: 60_000 },
        { name: 'ping', data: { host: 'a' } },
      );
    });

    it('removes a scheduler by id', async () => {
      queue.removeJobScheduler.mockResolvedValue(true);

      await expect(producer.unschedule('ping')).resolves.toBe(true);
      expect(queue.removeJobScheduler).toHaveBeenCalledWith('ping');
    });
  });

  it('counts jobs per state, and the dead letters', async () => {
    queue.getJobCounts.mockResolvedValue({ waiting: 2, active: 1, failed: 4 });
    deadLetters.getWaitingCount.mockResolvedValue(3);

    await expect(producer.counts()).resolves.toEqual({
      waiting: 2,
      prioritized: 0,
      waitingChildren: 0,
      active: 1,
      delayed: 0,
      completed: 0,
      failed: 4,
      deadLetters: 3,
    });
  });

  it('lists the oldest dead letters with their ids', async () => {
    const letter = deadLetter('4');
    deadLetters.getWaiting.mockResolvedValue([
      letter,
    ] as unknown as Job<DeadLetter>[]);

    const listed = await producer.listDeadLetters(10);

    expect(listed).toEqual([{ ...letter.data, id: 'dead-4' }]);
    expect(deadLetters.getWaiting).toHaveBeenCalledWith(0, 9);
  });

  describe('redrive()', () => {
    it('retries the failed job itself with fresh attempts', async () => {
      const letter = deadLetter('4');
      const failed = {
        isFailed: jest.fn().mockResolvedValue(true),
        retry: jest.fn().mockResolvedValue(undefined),
      };
      deadLetters.getWaiting.mockResolvedValue([
        letter,
      ] as unknown as Job<DeadLetter>[]);
      queue.getJob.mockResolvedValue(failed as unknown as Job);

      await expect(producer.redrive()).resolves.toEqual(['4']);
      expect(failed.retry).toHaveBeenCalledWith('failed', {
        resetAttemptsMade: true,
        resetAttemptsStarted: true,
      });
      expect(letter.remove).toHaveBeenCalled();
      expect(queue.add).not.toHaveBeenCalled();
    });

    it('adds the job anew once Redis no longer holds it', async () => {
      const letter = deadLetter('4');
      deadLetters.getWaiting.mockResolvedValue([
        letter,
      ] as unknown as Job<DeadLetter>[]);
      queue.getJob.mockResolvedValue(undefined);

      await expect(producer.redrive()).resolves.toEqual(['1']);
      expect(queue.add).toHaveBeenCalledWith('ping', { host: 'a' });
      expect(letter.remove).toHaveBeenCalled();
    });

    it('runs only the dead letters asked for', async () => {
      const letter = deadLetter('4');
      deadLetters.getJob.mockImplementation(async (id) =>
        id === 'dead-4' ? (letter as unknown as Job<DeadLetter>) : undefined,
      );
      queue.getJob.mockResolvedValue(undefined);

      await expect(producer.redrive(['dead-4', 'dead-5'])).resolves.toEqual([
        '1',
      ]);
      expect(deadLetters.getWaiting).not.toHaveBeenCalled();
    });
  });
});
