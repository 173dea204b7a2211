import { OrderCancelledEvent } from '../orders/events/order-cancelled.event';
import { OrderPlacedEvent } from '../orders/events/order-placed.event';
import { StockReservationFailedEvent } from '../stock-reservations/events/stock-reservation-failed.event';
import { StockReservationRequestedEvent } from '../stock-reservations/events/stock-reservation-requested.event';
import { StockReservedEvent } from '../stock-reservations/events/stock-reserved.event';
import type { DomainEventClass } from './domain-event';

/** The class the relay publishes each stored event type as. */
export const EVENT_CLASSES: Readonly<Record<string, DomainEventClass>> = {
  OrderPlaced: OrderPlacedEvent,
  OrderCancelled: OrderCancelledEvent,
  StockReservationRequested: StockReservationRequestedEvent,
  StockReserved: StockReservedEvent,
  StockReservationFailed: StockReservationFailedEvent,
};
