import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ClientsModule } from '@nestjs/microservices';
import { BrokerClients } from './broker-clients';
import { NATS_BROKER } from './brokers';
import { IntegrationEventHandlers } from './integration-event.handlers';
import { IntegrationEventPublisher } from './integration-event.publisher';
import { MessagingController } from './messaging.controller';
import { natsOptions } from './transports/nats.transport';

/**
 * A client per broker (BrokerClients), the integration events of entity writes
 * and the handlers main.ts serves on every broker.
 */
@Global()
@Module({
  imports: [
    ClientsModule.registerAsync([
      {
        name: NATS_BROKER,
        inject: [ConfigService],
        useFactory: natsOptions,
      },
    ]),
  ],
  controllers: [MessagingController],
  providers: [
    BrokerClients,
    IntegrationEventHandlers,
    IntegrationEventPublisher,
  ],
  exports: [BrokerClients, IntegrationEventPublisher],
})
export class MessagingModule {}
