import { DomainEvent } from '../../cqrs/domain-event';

/** ProjectRestored: stored as type 'ProjectRestored' on the Project stream. */
export class ProjectRestoredEvent extends DomainEvent {
  readonly type = 'ProjectRestored';
}
