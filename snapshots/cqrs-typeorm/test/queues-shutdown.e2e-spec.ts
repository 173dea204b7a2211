import { Job, Worker } from 'bullmq';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { validateEnv } from '../src/config/env.validation';
import { REPORTS_QUEUE } from '../src/queues/reports/reports.constants';
import { ReportsJobHandlers } from '../src/queues/reports/reports.handlers';
import { ReportsProducer } from '../src/queues/reports/reports.producer';
import { redisConnection } from '../src/queues/redis-connection';
import {
  deferred,
  openQueue,
  sleep,
  waitForState,
} from './queues/queue-helpers';
import { createTestApp } from './support/app';

const QUEUE = REPORTS_QUEUE;
const JOB = 'process-reports';
const HANDLER = 'processReports';

describe('Queue shutdown (e2e, real Redis)', () => {
  const env = validateEnv(process.env);
  const options = {
    connection: redisConnection(env.REDIS_URL),
    prefix: env.BULLMQ_PREFIX,
  };

  it('finishes the job in flight before the app closes', async () => {
    const app = await createTestApp();
    const started = deferred();
    const release = deferred();
    jest
      .spyOn(app.get(ReportsJobHandlers), HANDLER)
      .mockImplementation(async ({ referenceId }) => {
        started.resolve();
        await release.promise;
        return { job: JOB, referenceId: referenceId ?? null };
      });
    const producer = app.get(ReportsProducer);
    const job = await producer.add(JOB, { referenceId: randomUUID() });
    await started.promise;

    let closed = false;
    const closing = app.close().then(() => {
      closed = true;
    });
    await sleep(300);
    expect(closed).toBe(false);
    release.resolve();
    await closing;

    const queue = openQueue(QUEUE);
    try {
      expect(await queue.getJobState(job.id!)).toBe('completed');
    } finally {
      await queue.close();
    }
  });

  it('gives a stalled job back to the queue, and the app then runs it', async () => {
    const queue = openQueue(QUEUE);
    // A worker that takes the job and dies without finishing it.
    const taken = deferred();
    const crashed = new Worker(
      QUEUE,
      async () => {
        taken.resolve();
        await new Promise(() => undefined);
      },
      { ...options, lockDuration: 300, skipStalledCheck: true },
    );
    // What every worker does on its stalled-job timer, here on a short interval.
    const checker = new Worker(QUEUE, null, {
      ...options,
      stalledInterval: 100,
      autorun: false,
    });
    try {
      const job = await queue.add(JOB, { referenceId: randomUUID() });
      await taken.promise;
      await crashed.close(true);

      // Workers look for stalled jobs at most once per stalledInterval (30 s by
      // default, shared by the queue): forget earlier checks so this one runs now.
      const redis = new Redis(options.connection);
      await redis.del(queue.keys['stalled-check']);
      await redis.quit();
      await checker.startStalledCheckTimer();
      const back = await waitForState(queue, job.id!, 'waiting');
      expect(back.stalledCounter).toBe(1);
      await checker.close();

      const app = await createTestApp();
      try {
        const done: Job = await waitForState(queue, job.id!, 'completed');
        expect(done.returnvalue).toMatchObject({ job: JOB });
      } finally {
        await app.close();
      }
    } finally {
      await Promise.all([crashed.close(true), checker.close(), queue.close()]);
    }
  });
});
