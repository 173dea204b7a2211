import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore, CommandResult } from '../../cqrs/aggregate-store';
import { PAYMENT } from '../payment.aggregate';
import { CreatePaymentCommand } from './create-payment.command';

@CommandHandler(CreatePaymentCommand)
export class CreatePaymentHandler implements ICommandHandler<CreatePaymentCommand> {
  constructor(private readonly store: AggregateStore) {}

  execute(command: CreatePaymentCommand): Promise<CommandResult> {
    return this.store.execute(PAYMENT, {
      command: 'CreatePayment',
      kind: 'create',
      aggregateId: command.paymentId,
      event: 'PaymentCreated',
      payload: {
        method: command.payload.method,
        paidOn: command.payload.paidOn,
        reference: command.payload.reference,
      },
      metadata: command.metadata,
    });
  }
}
