import { Module } from '@nestjs/common';
import { CreatePaymentHandler } from './commands/create-payment.handler';
import { DeletePaymentHandler } from './commands/delete-payment.handler';
import { UpdatePaymentHandler } from './commands/update-payment.handler';
import { PaymentsController } from './payments.controller';
import { GetPaymentHandler } from './queries/get-payment.handler';
import { ListPaymentsHandler } from './queries/list-payments.handler';

@Module({
  controllers: [PaymentsController],
  providers: [
    CreatePaymentHandler,
    UpdatePaymentHandler,
    DeletePaymentHandler,
    GetPaymentHandler,
    ListPaymentsHandler,
  ],
})
export class PaymentsModule {}
