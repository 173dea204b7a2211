import { ProjectCreatedEvent } from '../projects/events/project-created.event';
import { ProjectDeletedEvent } from '../projects/events/project-deleted.event';
import { ProjectRestoredEvent } from '../projects/events/project-restored.event';
import { ProjectUpdatedEvent } from '../projects/events/project-updated.event';
import { TaskCreatedEvent } from '../tasks/events/task-created.event';
import { TaskDeletedEvent } from '../tasks/events/task-deleted.event';
import { TaskUpdatedEvent } from '../tasks/events/task-updated.event';
import type { DomainEventClass } from './domain-event';

/** The class the relay publishes each stored event type as. */
export const EVENT_CLASSES: Readonly<Record<string, DomainEventClass>> = {
  ProjectCreated: ProjectCreatedEvent,
  ProjectUpdated: ProjectUpdatedEvent,
  ProjectDeleted: ProjectDeletedEvent,
  ProjectRestored: ProjectRestoredEvent,
  TaskCreated: TaskCreatedEvent,
  TaskUpdated: TaskUpdatedEvent,
  TaskDeleted: TaskDeletedEvent,
};
