import { DomainEvent } from '../../cqrs/domain-event';

/** ProjectUpdated: stored as type 'ProjectUpdated' on the Project stream. */
export class ProjectUpdatedEvent extends DomainEvent {
  readonly type = 'ProjectUpdated';
}
