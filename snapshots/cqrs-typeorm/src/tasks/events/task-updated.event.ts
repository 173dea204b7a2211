import { DomainEvent } from '../../cqrs/domain-event';

/** TaskUpdated: stored as type 'TaskUpdated' on the Task stream. */
export class TaskUpdatedEvent extends DomainEvent {
  readonly type = 'TaskUpdated';
}
