import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { Projector } from '../../cqrs/projector';
import { OrderCancelledEvent } from '../events/order-cancelled.event';
import { OrderPlacedEvent } from '../events/order-placed.event';
import { ORDER } from '../order.aggregate';

type OrderEvent = OrderPlacedEvent | OrderCancelledEvent;

/** Brings the Order read model up to each published event, once. */
@EventsHandler(OrderPlacedEvent, OrderCancelledEvent)
export class OrderProjection implements IEventHandler<OrderEvent> {
  constructor(private readonly projector: Projector) {}

  handle(event: OrderEvent): Promise<void> {
    return this.projector.project(ORDER, event);
  }
}
