import { DomainEvent } from '../../cqrs/domain-event';

/** What StockReservationRequested records: the fields its command carried. */
export type StockReservationRequestedPayload = {
  warehouse?: string | null;
  quantity?: number | null;
};

/** StockReservationRequested: stored as type 'StockReservationRequested' on the StockReservation stream. */
export class StockReservationRequestedEvent extends DomainEvent<StockReservationRequestedPayload> {
  readonly type = 'StockReservationRequested';
}
