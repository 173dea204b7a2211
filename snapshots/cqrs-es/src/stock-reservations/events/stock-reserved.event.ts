import { DomainEvent } from '../../cqrs/domain-event';

/** What StockReserved records: the fields its command carried. */
export type StockReservedPayload = {
  warehouse?: string | null;
  quantity?: number | null;
};

/** StockReserved: stored as type 'StockReserved' on the StockReservation stream. */
export class StockReservedEvent extends DomainEvent<StockReservedPayload> {
  readonly type = 'StockReserved';
}
