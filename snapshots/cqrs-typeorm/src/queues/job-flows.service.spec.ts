import { getFlowProducerToken } from '@nestjs/bullmq';
import { Mocked, TestBed } from '@suites/unit';
import { FlowProducer, JobNode } from 'bullmq';
import { REPORTS_QUEUE } from './reports/reports.constants';
import { JOB_FLOW_PRODUCER, JobFlows } from './job-flows.service';
import { InvalidJobPayloadError } from './job-payload';
import { QUEUE_JOB_OPTIONS } from './queue-jobs';

const QUEUE = REPORTS_QUEUE;
const JOB = 'process-reports';
const SIBLING = 'process-reports';

describe('JobFlows', () => {
  let flows: JobFlows;
  let producer: Mocked<FlowProducer>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(JobFlows).compile();
    flows = unit;
    producer = unitRef.get<FlowProducer>(
      getFlowProducerToken(JOB_FLOW_PRODUCER),
    );
    producer.add.mockResolvedValue({ job: { id: '1' } } as JobNode);
  });

  it('adds the tree, each job with its queue options', async () => {
    await flows.add({
      queue: QUEUE,
      name: JOB,
      data: { referenceId: 'parent' },
      children: [
        {
          queue: QUEUE,
          name: SIBLING,
          data: { referenceId: 'child' },
          options: { priority: 2 },
        },
      ],
    });

    expect(producer.add).toHaveBeenCalledWith({
      queueName: QUEUE,
      name: JOB,
      data: { referenceId: 'parent' },
      opts: QUEUE_JOB_OPTIONS[QUEUE],
      children: [
        {
          queueName: QUEUE,
          name: SIBLING,
          data: { referenceId: 'child' },
          opts: { ...QUEUE_JOB_OPTIONS[QUEUE], priority: 2 },
        },
      ],
    });
  });

  it('adds nothing when a payload anywhere in the tree is invalid', async () => {
    await expect(
      flows.add({
        queue: QUEUE,
        name: JOB,
        data: {},
        children: [{ queue: QUEUE, name: SIBLING, data: { x: 1 } as never }],
      }),
    ).rejects.toBeInstanceOf(InvalidJobPayloadError);
    expect(producer.add).not.toHaveBeenCalled();
  });
});
