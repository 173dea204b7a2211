import { Module } from '@nestjs/common';
import { EmailsQueueModule } from '../queues/emails/emails-queue.module';
import { IssueInvoiceHandler } from './commands/issue-invoice.handler';
import { PayInvoiceHandler } from './commands/pay-invoice.handler';
import { VoidInvoiceHandler } from './commands/void-invoice.handler';
import { InvoiceIssuedHandler } from './events/invoice-issued.handler';
import { InvoicesController } from './invoices.controller';
import { InvoiceProjection } from './projections/invoice.projection';
import { GetInvoiceHandler } from './queries/get-invoice.handler';
import { ListInvoicesHandler } from './queries/list-invoices.handler';

@Module({
  imports: [EmailsQueueModule],
  controllers: [InvoicesController],
  providers: [
    IssueInvoiceHandler,
    PayInvoiceHandler,
    VoidInvoiceHandler,
    GetInvoiceHandler,
    ListInvoicesHandler,
    InvoiceProjection,
    InvoiceIssuedHandler,
  ],
})
export class InvoicesModule {}
