import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore, CommandResult } from '../../cqrs/aggregate-store';
import { ORDER } from '../order.aggregate';
import { PlaceOrderCommand } from './place-order.command';

@CommandHandler(PlaceOrderCommand)
export class PlaceOrderHandler implements ICommandHandler<PlaceOrderCommand> {
  constructor(private readonly store: AggregateStore) {}

  execute(command: PlaceOrderCommand): Promise<CommandResult> {
    return this.store.execute(ORDER, {
      command: 'PlaceOrder',
      kind: 'create',
      aggregateId: command.orderId,
      event: 'OrderPlaced',
      payload: {
        customer: command.payload.customer,
        total: command.payload.total,
        channel: command.payload.channel,
        note: command.payload.note,
      },
      metadata: command.metadata,
    });
  }
}
