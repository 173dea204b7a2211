import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore, CommandResult } from '../../cqrs/aggregate-store';
import { PAYMENT } from '../payment.aggregate';
import { UpdatePaymentCommand } from './update-payment.command';

@CommandHandler(UpdatePaymentCommand)
export class UpdatePaymentHandler implements ICommandHandler<UpdatePaymentCommand> {
  constructor(private readonly store: AggregateStore) {}

  execute(command: UpdatePaymentCommand): Promise<CommandResult> {
    return this.store.execute(PAYMENT, {
      command: 'UpdatePayment',
      kind: 'change',
      aggregateId: command.paymentId,
      expectedVersion: command.payload.expectedVersion,
      ownerId: command.ownerId,
      event: 'PaymentUpdated',
      payload: {
        method: command.payload.method,
        paidOn: command.payload.paidOn,
        reference: command.payload.reference,
      },
      metadata: command.metadata,
    });
  }
}
