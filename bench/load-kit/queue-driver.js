// Benchmark 4, queue part: fills a paused queue with JOBS `send-notification` jobs (the
// generated queue's job options, given as JSON in JOB_OPTIONS), waits for a worker, then
// resumes the queue and times it until every job has left it. Prints
// {"jobs": N, "seconds": S} on stdout; fails if a job failed or no worker came.
// With CLEAN=1 it only removes every key under BULLMQ_PREFIX (the benchmark's clean-up).
'use strict';
const { Queue } = require('bullmq');
const Redis = require('ioredis');

const POLL_MS = 5;
const url = new URL(process.env.REDIS_URL);
const connection = {
  host: url.hostname,
  port: Number(url.port || 6379),
  db: Number(url.pathname.slice(1) || 0),
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function fill(queue, count, options) {
  await queue.pause();
  for (let start = 0; start < count; start += 1000) {
    const jobs = [];
    for (let i = start; i < Math.min(count, start + 1000); i += 1) {
      jobs.push({ name: 'send-notification', data: { referenceId: `bench-${i}` }, opts: options });
    }
    await queue.addBulk(jobs);
  }
}

async function waitForWorker(queue, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while ((await queue.getWorkersCount()) === 0) {
    if (Date.now() > deadline) throw new Error(`no worker within ${seconds} s`);
    await sleep(50);
  }
}

// Our jobs left the queue: none waits or runs, and none of ours is delayed (a retry would
// be; the app's schedules keep a delayed job of their own there).
async function drained(queue) {
  const counts = await queue.getJobCounts('waiting', 'paused', 'prioritized', 'active', 'failed');
  if (counts.failed > 0) throw new Error(`${counts.failed} jobs failed`);
  if (counts.waiting + counts.paused + counts.prioritized + counts.active > 0) return false;
  const delayed = await queue.getDelayed();
  return !delayed.some((job) => job.name === 'send-notification');
}

async function drain(queue, count) {
  const started = process.hrtime.bigint();
  await queue.resume();
  while (!(await drained(queue))) await sleep(POLL_MS);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { jobs: count, seconds };
}

// Removes every key under the run's own prefix.
async function clean() {
  const client = new Redis(connection);
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${process.env.BULLMQ_PREFIX}:*`, 'COUNT', 1000);
    if (keys.length > 0) await client.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  await client.quit();
}

// Times one batch; the queue is only opened here (opening it writes its meta key).
async function timeBatch() {
  const queue = new Queue(process.env.QUEUE, { connection, prefix: process.env.BULLMQ_PREFIX });
  try {
    const count = Number(process.env.JOBS);
    await fill(queue, count, JSON.parse(process.env.JOB_OPTIONS));
    await waitForWorker(queue, 60);
    return await drain(queue, count);
  } finally {
    await queue.close();
  }
}

async function main() {
  if (process.env.CLEAN === '1') {
    await clean();
  } else {
    console.log(JSON.stringify(await timeBatch()));
  }
}

main().catch((error) => {
  console.error(`queue-driver: ${error.message}`);
  process.exit(1);
});
