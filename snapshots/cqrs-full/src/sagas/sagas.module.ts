import { Module } from '@nestjs/common';
import { InvoiceSettlementSaga } from './invoice-settlement.saga';

/** The sagas. */
@Module({
  providers: [InvoiceSettlementSaga],
})
export class SagasModule {}
