import { TestBed } from '@suites/unit';
import { StoredEvent } from '../../cqrs/domain-event';
import { ReportsProducer } from '../../queues/reports/reports.producer';
import { ProjectCreatedEvent } from './project-created.event';
import { ProjectCreatedHandler } from './project-created.handler';

const EVENT_ID = '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a';
const ID = '5d2c8e4a-1f3b-4c6d-8e9f-0a1b2c3d4e5f';

const stored: StoredEvent = {
  id: EVENT_ID,
  position: '1',
  aggregateType: 'Project',
  aggregateId: ID,
  version: 1,
  type: 'ProjectCreated',
  eventVersion: 1,
  payload: {},
  metadata: {},
  occurredAt: new Date(),
};

describe('ProjectCreatedHandler', () => {
  it('enqueues process-reports for the Project, keyed by the event id', async () => {
    const { unit, unitRef } = await TestBed.solitary(
      ProjectCreatedHandler,
    ).compile();
    const reports = unitRef.get(ReportsProducer);

    await unit.handle(new ProjectCreatedEvent(stored));

    expect(reports.addOnce).toHaveBeenCalledWith(
      'process-reports',
      { referenceId: ID },
      EVENT_ID,
    );
  });
});
