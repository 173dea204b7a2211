import { Module } from '@nestjs/common';
import { IssueInvoiceHandler } from './commands/issue-invoice.handler';
import { PayInvoiceHandler } from './commands/pay-invoice.handler';
import { VoidInvoiceHandler } from './commands/void-invoice.handler';
import { InvoicesController } from './invoices.controller';
import { InvoiceProjection } from './projections/invoice.projection';
import { GetInvoiceHandler } from './queries/get-invoice.handler';
import { ListInvoicesHandler } from './queries/list-invoices.handler';

@Module({
  controllers: [InvoicesController],
  providers: [
    IssueInvoiceHandler,
    PayInvoiceHandler,
    VoidInvoiceHandler,
    GetInvoiceHandler,
    ListInvoicesHandler,
    InvoiceProjection,
  ],
})
export class InvoicesModule {}
