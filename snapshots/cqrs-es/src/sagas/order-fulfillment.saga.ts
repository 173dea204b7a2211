import { Logger } from '@nestjs/common';
import { CommandBus, EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { SagaStore } from '../cqrs/sagas/saga-store';
import { TimedSaga } from '../cqrs/sagas/saga-timeouts';
import { CancelOrderCommand } from '../orders/commands/cancel-order.command';
import { OrderPlacedEvent } from '../orders/events/order-placed.event';
import { ReserveStockCommand } from '../stock-reservations/commands/reserve-stock.command';
import { StockReservationFailedEvent } from '../stock-reservations/events/stock-reservation-failed.event';
import { StockReservedEvent } from '../stock-reservations/events/stock-reserved.event';

/** How long the saga waits for StockReserved before compensating. */
export const ORDER_FULFILLMENT_TIMEOUT_MS = 30_000;

type OrderFulfillmentEvent =
  OrderPlacedEvent | StockReservedEvent | StockReservationFailedEvent;

/**
 * OrderFulfillment: on OrderPlaced, dispatches ReserveStock; done on
 * StockReserved, undone by CancelOrder on
 * StockReservationFailed or after the timeout. The instance is keyed by the
 * Order id (every step's aggregate id), and each transition
 * happens once (SagaStore), however often an event is delivered.
 */
@EventsHandler(
  OrderPlacedEvent,
  StockReservedEvent,
  StockReservationFailedEvent,
)
export class OrderFulfillmentSaga
  implements IEventHandler<OrderFulfillmentEvent>, TimedSaga
{
  readonly name = 'OrderFulfillment';
  private readonly logger = new Logger(OrderFulfillmentSaga.name);

  constructor(
    private readonly commandBus: CommandBus,
    private readonly sagas: SagaStore,
  ) {}

  async handle(event: OrderFulfillmentEvent): Promise<void> {
    if (event instanceof OrderPlacedEvent) {
      await this.begin(event.aggregateId);
    } else if (event instanceof StockReservedEvent) {
      await this.sagas.finish(this.name, event.aggregateId, 'completed');
    } else if (
      await this.sagas.startCompensation(this.name, event.aggregateId)
    ) {
      await this.undo(event.aggregateId);
    }
  }

  /** Undoes the step: CancelOrder (throws when it fails). */
  async compensate(id: string): Promise<void> {
    await this.commandBus.execute(
      new CancelOrderCommand(id, {}, { correlationId: id }),
    );
  }

  /** The claimed compensation, now; SagaStore retries it when it fails. */
  private undo(id: string): Promise<void> {
    return this.sagas.attempt(this.name, id, () => this.compensate(id));
  }

  private async begin(id: string): Promise<void> {
    if (
      !(await this.sagas.start(this.name, id, ORDER_FULFILLMENT_TIMEOUT_MS))
    ) {
      return;
    }
    try {
      await this.commandBus.execute(
        new ReserveStockCommand(id, {}, { correlationId: id }),
      );
    } catch (error) {
      this.logger.warn(`ReserveStock failed for ${id}`, error);
      if (await this.sagas.startCompensation(this.name, id)) {
        await this.undo(id);
      }
    }
  }
}
