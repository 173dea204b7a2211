import { DomainEvent } from '../../cqrs/domain-event';

/** OrderPlaced: stored as type 'OrderPlaced' on the Order stream. */
export class OrderPlacedEvent extends DomainEvent {
  readonly type = 'OrderPlaced';
}
