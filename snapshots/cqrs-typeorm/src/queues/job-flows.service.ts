import { InjectFlowProducer } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { FlowJob, FlowProducer, JobNode, JobsOptions } from 'bullmq';
import { validateJobPayload } from './job-payload';
import {
  QUEUE_JOB_OPTIONS,
  QUEUE_JOB_PAYLOADS,
  QueueJobData,
  QueueName,
} from './queue-jobs';

/** The flow producer's injection name (BullModule.registerFlowProducer). */
export const JOB_FLOW_PRODUCER = 'job-flows';

/** Options a job of a flow may set (its queue's retry policy applies otherwise). */
export type JobFlowOptions = Omit<
  JobsOptions,
  'deduplication' | 'parent' | 'repeat'
>;

/** A job of a flow and the jobs it waits for, on any of the app's queues. */
export type JobFlow = {
  [Q in QueueName]: {
    [N in keyof QueueJobData[Q] & string]: {
      queue: Q;
      name: N;
      data: QueueJobData[Q][N];
      options?: JobFlowOptions;
      children?: JobFlow[];
    };
  }[keyof QueueJobData[Q] & string];
}[QueueName];

/**
 * Parent/child job dependencies (BullMQ flows): a parent runs once every child
 * completed, and reads their results with `job.getChildrenValues()`. A child that
 * fails for good keeps its parent waiting, unless the child's options say
 * `failParentOnFailure` or `ignoreDependencyOnFailure`.
 */
@Injectable()
export class JobFlows {
  constructor(
    @InjectFlowProducer(JOB_FLOW_PRODUCER)
    private readonly flows: FlowProducer,
  ) {}

  /** Adds the whole tree at once, after validating every payload in it. */
  async add(flow: JobFlow): Promise<JobNode> {
    return this.flows.add(this.toFlowJob(flow));
  }

  private toFlowJob(node: JobFlow): FlowJob {
    const payloads: Record<string, new () => object> =
      QUEUE_JOB_PAYLOADS[node.queue];
    const job = {
      queueName: node.queue,
      name: node.name,
      data: validateJobPayload(
        node.queue,
        node.name,
        payloads[node.name],
        node.data,
      ),
      opts: { ...QUEUE_JOB_OPTIONS[node.queue], ...node.options },
    };
    return node.children
      ? {
          ...job,
          children: node.children.map((child) => this.toFlowJob(child)),
        }
      : job;
  }
}
