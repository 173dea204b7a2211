import { DomainEvent } from '../../cqrs/domain-event';

/** TaskCreated: stored as type 'TaskCreated' on the Task stream. */
export class TaskCreatedEvent extends DomainEvent {
  readonly type = 'TaskCreated';
}
