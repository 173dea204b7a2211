import { DomainEvent } from '../../cqrs/domain-event';

/** TaskDeleted: stored as type 'TaskDeleted' on the Task stream. */
export class TaskDeletedEvent extends DomainEvent {
  readonly type = 'TaskDeleted';
}
