import type { AggregateDefinition } from '../cqrs/aggregate-definition';

/** StockReservation: its row in cqrs_views, written with each event. */
export const STOCK_RESERVATION: AggregateDefinition = {
  type: 'StockReservation',
  eventSourced: false,
  deletedBy: [],
};
