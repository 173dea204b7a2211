// Benchmark 4's queue reference: a bare BullMQ Worker with the generated processor's
// concurrency and the same work per job (the generated handler's body: return the job's
// name and reference id). No Nest, no logging, no dead-letter queue, no event listener.
// Plain JavaScript, run with the generated project's node_modules (the same BullMQ):
// bench/load_queue.py starts it from there.
'use strict';
const { Worker } = require('bullmq');

const url = new URL(process.env.REDIS_URL);
const worker = new Worker(
  process.env.QUEUE,
  async (job) => ({ job: job.name, referenceId: job.data.referenceId ?? null }),
  {
    connection: {
      host: url.hostname,
      port: Number(url.port || 6379),
      db: Number(url.pathname.slice(1) || 0),
    },
    prefix: process.env.BULLMQ_PREFIX,
    concurrency: Number(process.env.CONCURRENCY),
  },
);
worker.on('error', (error) => console.error(error.message));

process.on('SIGTERM', () => {
  void worker.close().then(() => process.exit(0));
});
