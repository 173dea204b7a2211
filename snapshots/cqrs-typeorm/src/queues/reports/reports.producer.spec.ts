import { getQueueToken } from '@nestjs/bullmq';
import { Mocked, TestBed } from '@suites/unit';
import { Job, Queue } from 'bullmq';
import { InvalidJobPayloadError } from '../job-payload';
import {
  REPORTS_JOB_PAYLOADS,
  REPORTS_QUEUE,
  REPORTS_SCHEDULES,
} from './reports.constants';
import { ReportsProducer } from './reports.producer';

const PAYLOADS = REPORTS_JOB_PAYLOADS;
const JOBS = Object.keys(PAYLOADS) as (keyof typeof PAYLOADS)[];

describe('ReportsProducer', () => {
  let producer: ReportsProducer;
  let queue: Mocked<Queue>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(ReportsProducer).compile();
    producer = unit;
    queue = unitRef.get<Queue>(getQueueToken(REPORTS_QUEUE));
    queue.add.mockResolvedValue({ id: '1' } as Job);
  });

  it.each(JOBS)('enqueues a valid %s job on its queue', async (name) => {
    await producer.add(name, { referenceId: 'r-1' });

    expect(queue.add).toHaveBeenCalledWith(name, { referenceId: 'r-1' }, {});
  });

  it.each(JOBS)('refuses a %s payload its DTO rejects', async (name) => {
    await expect(
      producer.add(name, { referenceId: 42 } as never),
    ).rejects.toBeInstanceOf(InvalidJobPayloadError);
    expect(queue.add).not.toHaveBeenCalled();
  });

  it('upserts the configured repeatable jobs when the app starts', async () => {
    await producer.onApplicationBootstrap();

    const upserted = queue.upsertJobScheduler.mock.calls.map(
      ([id, repeat]) => ({ id, repeat }),
    );
    const schedules = REPORTS_SCHEDULES;
    expect(upserted).toEqual(
      schedules.map(({ name, repeat }) => ({ id: name, repeat })),
    );
  });
});
