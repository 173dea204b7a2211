import { DomainEvent } from '../../cqrs/domain-event';

/** StockReservationFailed: stored as type 'StockReservationFailed' on the StockReservation stream. */
export class StockReservationFailedEvent extends DomainEvent {
  readonly type = 'StockReservationFailed';
}
