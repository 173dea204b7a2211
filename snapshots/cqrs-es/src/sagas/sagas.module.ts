import { Module } from '@nestjs/common';
import {
  SagaTimeouts,
  TIMED_SAGAS,
  TimedSaga,
} from '../cqrs/sagas/saga-timeouts';
import { OrderFulfillmentSaga } from './order-fulfillment.saga';

/** The sagas and the scheduler that compensates those past their deadline. */
@Module({
  providers: [
    OrderFulfillmentSaga,
    {
      provide: TIMED_SAGAS,
      inject: [OrderFulfillmentSaga],
      useFactory: (...sagas: TimedSaga[]) => sagas,
    },
    SagaTimeouts,
  ],
})
export class SagasModule {}
