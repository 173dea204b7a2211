import { DomainEvent } from '../../cqrs/domain-event';

/** What StockReservationFailed records: the fields its command carried. */
export type StockReservationFailedPayload = {
  warehouse?: string | null;
  quantity?: number | null;
};

/** StockReservationFailed: stored as type 'StockReservationFailed' on the StockReservation stream. */
export class StockReservationFailedEvent extends DomainEvent<StockReservationFailedPayload> {
  readonly type = 'StockReservationFailed';
}
