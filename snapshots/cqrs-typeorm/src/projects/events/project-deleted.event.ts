import { DomainEvent } from '../../cqrs/domain-event';

/** ProjectDeleted: stored as type 'ProjectDeleted' on the Project stream. */
export class ProjectDeletedEvent extends DomainEvent {
  readonly type = 'ProjectDeleted';
}
