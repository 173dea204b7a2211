import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ReportsProducer } from '../../queues/reports/reports.producer';
import { ProjectCreatedEvent } from './project-created.event';

/**
 * Hands the slow work that follows ProjectCreated to the reports queue. The
 * relay publishes only committed events, so no job is enqueued for a
 * rolled-back command; the job id is the event id, so an event published again
 * enqueues nothing more.
 */
@EventsHandler(ProjectCreatedEvent)
export class ProjectCreatedHandler implements IEventHandler<ProjectCreatedEvent> {
  constructor(private readonly reports: ReportsProducer) {}

  async handle(event: ProjectCreatedEvent): Promise<void> {
    await this.reports.addOnce(
      'process-reports',
      { referenceId: event.aggregateId },
      event.stored.id,
    );
  }
}
