import { DomainEvent } from '../../cqrs/domain-event';

/** StockReservationRequested: stored as type 'StockReservationRequested' on the StockReservation stream. */
export class StockReservationRequestedEvent extends DomainEvent {
  readonly type = 'StockReservationRequested';
}
