import { getQueueToken } from '@nestjs/bullmq';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DeadLetterEntry } from '../src/queues/dead-letters';
import { JobFlows } from '../src/queues/job-flows.service';
import { InvalidJobPayloadError } from '../src/queues/job-payload';
import { QueueOverview, QueueRegistry } from '../src/queues/queues.registry';
import { REPORTS_QUEUE } from '../src/queues/reports/reports.constants';
import { ReportsJobHandlers } from '../src/queues/reports/reports.handlers';
import { ReportsProcessor } from '../src/queues/reports/reports.processor';
import { ReportsProducer } from '../src/queues/reports/reports.producer';
import { sleep, waitFor, waitForState } from './queues/queue-helpers';
import { createTestApp } from './support/app';
import { authenticateAs } from './support/auth';

// The reports queue stands for every queue: they share the producer, processor
// and dead-letter code. Redis is real; the job handler is spied on to make attempts
// fail, and each test looks only at its own payloads (a schedule may run meanwhile).
const QUEUE = REPORTS_QUEUE;
const JOB = 'process-reports';
const SIBLING = 'process-reports';
const HANDLER = 'processReports';
type Handler = ReportsJobHandlers[typeof HANDLER];

describe('Queues (e2e, real Redis)', () => {
  let app: NestFastifyApplication;
  let producer: ReportsProducer;
  let handlers: ReportsJobHandlers;
  let queue: Queue;

  const reference = () => ({ referenceId: randomUUID() });
  const outcome = (referenceId: string | undefined) => ({
    job: JOB,
    referenceId: referenceId ?? null,
  });
  const quickRetries = (attempts: number) => ({
    attempts,
    backoff: { type: 'fixed', delay: 10 },
  });
  /** Spies on the handler: the first `failures` runs of `referenceId` throw. */
  const failing = (referenceId: string, failures: number, message: string) => {
    let left = failures;
    return jest.spyOn(handlers, HANDLER).mockImplementation(async (data) => {
      if (data.referenceId === referenceId && left > 0) {
        left -= 1;
        throw new Error(message);
      }
      return outcome(data.referenceId);
    });
  };
  /** The references the handler ran for, in order. */
  function seen(handler: jest.SpiedFunction<Handler>): (string | undefined)[] {
    return handler.mock.calls.map(([data]) => data.referenceId);
  }
  function runsOf(handler: jest.SpiedFunction<Handler>, referenceId: string) {
    return seen(handler).filter((ref) => ref === referenceId).length;
  }

  beforeAll(async () => {
    app = await createTestApp({ as: 'admin' });
    producer = app.get(ReportsProducer);
    handlers = app.get(ReportsJobHandlers);
    queue = app.get<Queue>(getQueueToken(QUEUE));
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('processes a job and keeps what its handler returned', async () => {
    const job = await producer.add(JOB, { referenceId: 'r-1' });

    const done = await waitForState(queue, job.id!, 'completed');

    expect(done.returnvalue).toEqual(outcome('r-1'));
  });

  it('gives a job the retry policy of its queue unless it overrides it', async () => {
    const job = await producer.addDelayed(JOB, reference(), 60_000);

    expect(job.opts).toMatchObject({
      attempts: 3,
      backoff: { type: 'exponential', delay: 1000 },
    });
    await job.remove();
  });

  it('refuses a payload its DTO rejects and enqueues nothing', async () => {
    const before = await queue.count();

    await expect(
      producer.add(JOB, { referenceId: 42 } as never),
    ).rejects.toBeInstanceOf(InvalidJobPayloadError);
    await expect(producer.add(JOB, { unknown: true } as never)).rejects.toThrow(
      'property unknown should not exist',
    );
    expect(await queue.count()).toBe(before);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const data = reference();
    const handler = failing(data.referenceId, 2, 'service unavailable');

    const job = await producer.add(JOB, data, {
      attempts: 3,
      backoff: { type: 'exponential', delay: 50 },
    });
    const done = await waitForState(queue, job.id!, 'completed');

    expect(runsOf(handler, data.referenceId)).toBe(3);
    // 50 ms, then 100 ms of backoff between the three attempts
    expect(done.finishedOn! - done.timestamp).toBeGreaterThanOrEqual(150);
  });

  it('dead-letters a job that spends every attempt, and re-drives it', async () => {
    const data = reference();
    const handler = failing(data.referenceId, 2, 'mailbox full');
    const job = await producer.add(JOB, data, quickRetries(2));
    await waitForState(queue, job.id!, 'failed');

    const listed = await app.inject({
      method: 'GET',
      url: `/admin/queues/${QUEUE}/dead-letters`,
    });
    expect(listed.statusCode).toBe(200);
    expect(
      listed.json<DeadLetterEntry[]>().find((l) => l.jobId === job.id),
    ).toMatchObject({
      queue: QUEUE,
      name: JOB,
      data,
      failedReason: 'mailbox full',
      attemptsMade: 2,
    });
    expect(runsOf(handler, data.referenceId)).toBe(2);

    const redrive = await app.inject({
      method: 'POST',
      url: `/admin/queues/${QUEUE}/dead-letters/redrive`,
    });

    expect(redrive.statusCode).toBe(200);
    expect(redrive.json<{ redriven: string[] }>().redriven).toContain(job.id);
    const done = await waitForState(queue, job.id!, 'completed');
    expect(done.returnvalue).toEqual(outcome(data.referenceId));
    const letters = await producer.listDeadLetters();
    expect(letters.some((l) => l.jobId === job.id)).toBe(false);
  });

  it('re-drives one dead letter by id, and answers 404 for unknown ones', async () => {
    const data = reference();
    failing(data.referenceId, 1, 'timeout');
    const job = await producer.add(JOB, data, quickRetries(1));
    await waitForState(queue, job.id!, 'failed');
    const letter = await waitFor(async () =>
      (await producer.listDeadLetters()).find((l) => l.jobId === job.id),
    );

    const redrive = await app.inject({
      method: 'POST',
      url: `/admin/queues/${QUEUE}/dead-letters/${letter.id}/redrive`,
    });
    const missing = await app.inject({
      method: 'POST',
      url: `/admin/queues/${QUEUE}/dead-letters/no-such-letter/redrive`,
    });

    expect(redrive.json()).toEqual({ redriven: [job.id] });
    await waitForState(queue, job.id!, 'completed');
    expect(missing.statusCode).toBe(404);
  });

  it('does not run a delayed job before its delay', async () => {
    const job = await producer.addDelayed(JOB, reference(), 400);

    await sleep(200);
    expect(await queue.getJobState(job.id!)).toBe('delayed');
    const done = await waitForState(queue, job.id!, 'completed');

    expect(done.processedOn! - done.timestamp).toBeGreaterThanOrEqual(400);
  });

  it('runs waiting jobs in priority order', async () => {
    const worker = app.get(ReportsProcessor).worker;
    const handler = jest.spyOn(handlers, HANDLER);
    const add = (referenceId: string, priority: number) =>
      producer.addPrioritized(JOB, { referenceId }, priority);
    const concurrency = worker.concurrency;
    await worker.pause();
    worker.concurrency = 1;
    try {
      const low = await add('low', 9);
      const high = await add('high', 1);
      const mid = await add('mid', 5);
      await worker.resume();
      for (const job of [low, high, mid]) {
        await waitForState(queue, job.id!, 'completed');
      }
    } finally {
      worker.concurrency = concurrency;
    }

    const order = seen(handler).filter((ref) => ref && ref.length < 5);
    expect(order).toEqual(['high', 'mid', 'low']);
  });

  it('adds a job once per job id', async () => {
    const handler = jest.spyOn(handlers, HANDLER);
    const jobId = `once-${randomUUID()}`;
    const first = reference();

    const added = await producer.addOnce(JOB, first, jobId);
    const again = await producer.addOnce(JOB, reference(), jobId);
    await waitForState(queue, jobId, 'completed');

    expect(again.id).toBe(added.id);
    expect(runsOf(handler, first.referenceId)).toBe(1);
  });

  it('adds jobs in bulk only when every payload is valid', async () => {
    await expect(
      producer.addBulk([
        { name: JOB, data: reference() },
        { name: SIBLING, data: { referenceId: 7 } as never },
      ]),
    ).rejects.toBeInstanceOf(InvalidJobPayloadError);

    const jobs = await producer.addBulk([
      { name: JOB, data: reference() },
      { name: SIBLING, data: reference() },
    ]);

    for (const job of jobs) {
      await waitForState(queue, job.id!, 'completed');
    }
  });

  it('runs a repeatable job every interval until it is unscheduled', async () => {
    const handler = jest.spyOn(handlers, HANDLER);
    const data = reference();
    const schedulerId = `every-${data.referenceId}`;
    const ran = async () => runsOf(handler, data.referenceId) >= 2 || undefined;

    await producer.schedule(JOB, { every: 100 }, data, schedulerId);
    await waitFor(ran);

    expect(await producer.unschedule(schedulerId)).toBe(true);
    expect(await queue.getJobScheduler(schedulerId)).toBeUndefined();
  });

  it('runs the parent of a flow only after its children completed', async () => {
    const flows = app.get(JobFlows);
    const node = await flows.add({
      queue: QUEUE,
      name: JOB,
      data: { referenceId: 'parent' },
      children: [
        { queue: QUEUE, name: SIBLING, data: { referenceId: 'child' } },
      ],
    });

    const parent = await waitForState(queue, node.job.id!, 'completed');
    const children = await Promise.all(
      (node.children ?? []).map(({ job }) =>
        waitForState(
          app.get<Queue>(getQueueToken(job.queueName)),
          job.id!,
          'completed',
        ),
      ),
    );

    expect(children).toHaveLength(1);
    for (const child of children) {
      expect(parent.processedOn!).toBeGreaterThanOrEqual(child.finishedOn!);
    }
    expect(Object.values(await parent.getChildrenValues())).toContainEqual({
      job: SIBLING,
      referenceId: 'child',
    });
  });

  it('refuses a flow with an invalid payload anywhere in it', async () => {
    const flows = app.get(JobFlows);

    await expect(
      flows.add({
        queue: QUEUE,
        name: JOB,
        data: reference(),
        children: [
          { queue: QUEUE, name: SIBLING, data: { extra: 1 } as never },
        ],
      }),
    ).rejects.toBeInstanceOf(InvalidJobPayloadError);
  });

  // Dead letters hold other users' payloads: admins only, from outside too.
  it('answers 401 without a token and 403 to a member on every admin route', async () => {
    const member = await authenticateAs(app, 'member');
    const routes: ['GET' | 'POST', string][] = [
      ['GET', '/admin/queues'],
      ['GET', `/admin/queues/${QUEUE}`],
      ['GET', `/admin/queues/${QUEUE}/dead-letters`],
      ['POST', `/admin/queues/${QUEUE}/dead-letters/redrive`],
      ['POST', `/admin/queues/${QUEUE}/dead-letters/any-id/redrive`],
    ];

    for (const [method, url] of routes) {
      const anonymous = await app.inject({
        method,
        url,
        headers: { authorization: '' },
      });
      const asMember = await app.inject({
        method,
        url,
        headers: { authorization: member },
      });
      expect([url, anonymous.statusCode, asMember.statusCode]).toEqual([
        url,
        401,
        403,
      ]);
    }
  });

  it('reports the jobs per state of every queue', async () => {
    const job = await producer.addDelayed(JOB, reference(), 60_000);

    const res = await app.inject({ method: 'GET', url: '/admin/queues' });

    expect(res.statusCode).toBe(200);
    const overviews = res.json<QueueOverview[]>();
    expect(overviews.map(({ name }) => name)).toEqual([REPORTS_QUEUE]);
    expect(Object.keys(overviews[0].counts).sort()).toEqual([
      'active',
      'completed',
      'deadLetters',
      'delayed',
      'failed',
      'prioritized',
      'waiting',
      'waitingChildren',
    ]);
    expect(overviews[0].counts.delayed).toBeGreaterThanOrEqual(1);
    await job.remove();
  });

  it('counts completed jobs from the queue events', async () => {
    const completed = async () => {
      const res = await app.inject({ url: `/admin/queues/${QUEUE}` });
      return res.json<QueueOverview>().events.completed;
    };
    const before = await completed();

    const job = await producer.add(JOB, reference());
    await waitForState(queue, job.id!, 'completed');

    await waitFor(async () =>
      (await completed()) > before ? true : undefined,
    );
  });

  it('answers 404 for a queue the app does not have', async () => {
    const res = await app.inject({ url: '/admin/queues/no-such-queue' });

    expect(res.statusCode).toBe(404);
  });

  it('reports every queue in /health', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });

    expect(res.statusCode).toBe(200);
    const { queues } = res.json<{ info: { queues: object } }>().info;
    expect(queues).toHaveProperty('status', 'up');
    for (const name of app.get(QueueRegistry).names()) {
      expect(queues).toHaveProperty([name, 'deadLetters']);
    }
  });
});
