import { DomainEvent } from '../../cqrs/domain-event';

/** ProjectCreated: stored as type 'ProjectCreated' on the Project stream. */
export class ProjectCreatedEvent extends DomainEvent {
  readonly type = 'ProjectCreated';
}
