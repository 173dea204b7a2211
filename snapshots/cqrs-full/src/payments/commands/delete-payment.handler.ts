import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore, CommandResult } from '../../cqrs/aggregate-store';
import { PAYMENT } from '../payment.aggregate';
import { DeletePaymentCommand } from './delete-payment.command';

@CommandHandler(DeletePaymentCommand)
export class DeletePaymentHandler implements ICommandHandler<DeletePaymentCommand> {
  constructor(private readonly store: AggregateStore) {}

  execute(command: DeletePaymentCommand): Promise<CommandResult> {
    return this.store.execute(PAYMENT, {
      command: 'DeletePayment',
      kind: 'delete',
      aggregateId: command.paymentId,
      expectedVersion: command.payload.expectedVersion,
      ownerId: command.ownerId,
      event: 'PaymentDeleted',
      payload: {},
      metadata: command.metadata,
    });
  }
}
