import type { AggregateDefinition } from '../cqrs/aggregate-definition';

/** StockReservation's fields, as its events record them and its read model holds them. */
export type StockReservationData = {
  warehouse?: string | null;
  quantity?: number | null;
};

/** StockReservation: its row in cqrs_views, written with each event. */
export const STOCK_RESERVATION: AggregateDefinition = {
  type: 'StockReservation',
  eventSourced: false,
  deletedBy: [],
};
