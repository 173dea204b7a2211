import { getQueueToken } from '@nestjs/bullmq';
import { Mocked, TestBed } from '@suites/unit';
import { Job, Queue } from 'bullmq';
import { InvalidJobPayloadError } from '../job-payload';
import {
  EMAILS_JOB_PAYLOADS,
  EMAILS_QUEUE,
  EMAILS_SCHEDULES,
} from './emails.constants';
import { EmailsProducer } from './emails.producer';

const PAYLOADS = EMAILS_JOB_PAYLOADS;
const JOBS = Object.keys(PAYLOADS) as (keyof typeof PAYLOADS)[];

describe('EmailsProducer', () => {
  let producer: EmailsProducer;
  let queue: Mocked<Queue>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(EmailsProducer).compile();
    producer = unit;
    queue = unitRef.get<Queue>(getQueueToken(EMAILS_QUEUE));
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
    const schedules = EMAILS_SCHEDULES;
    expect(upserted).toEqual(
      schedules.map(({ name, repeat }) => ({ id: name, repeat })),
    );
  });
});
