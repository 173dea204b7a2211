import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore, CommandResult } from '../../cqrs/aggregate-store';
import { ORDER } from '../order.aggregate';
import { CancelOrderCommand } from './cancel-order.command';

@CommandHandler(CancelOrderCommand)
export class CancelOrderHandler implements ICommandHandler<CancelOrderCommand> {
  constructor(private readonly store: AggregateStore) {}

  execute(command: CancelOrderCommand): Promise<CommandResult> {
    return this.store.execute(ORDER, {
      command: 'CancelOrder',
      kind: 'change',
      aggregateId: command.orderId,
      expectedVersion: command.payload.expectedVersion,
      event: 'OrderCancelled',
      payload: {
        note: command.payload.note,
      },
      metadata: command.metadata,
    });
  }
}
