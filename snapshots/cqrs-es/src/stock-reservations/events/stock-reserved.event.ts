import { DomainEvent } from '../../cqrs/domain-event';

/** StockReserved: stored as type 'StockReserved' on the StockReservation stream. */
export class StockReservedEvent extends DomainEvent {
  readonly type = 'StockReserved';
}
