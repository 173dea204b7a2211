import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ClientsModule } from '@nestjs/microservices';
import { BrokerClients } from './broker-clients';
import { NATS_BROKER, RABBITMQ_BROKER } from './brokers';
import { IntegrationEventHandlers } from './integration-event.handlers';
import { IntegrationEventPublisher } from './integration-event.publisher';
import { MessagingController } from './messaging.controller';
import { RabbitmqAckInterceptor } from './rabbitmq-ack.interceptor';
import { natsOptions } from './transports/nats.transport';
import { rabbitmqClientOptions } from './transports/rabbitmq.transport';

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
      {
        name: RABBITMQ_BROKER,
        inject: [ConfigService],
        useFactory: rabbitmqClientOptions,
      },
    ]),
  ],
  controllers: [MessagingController],
  providers: [
    BrokerClients,
    IntegrationEventHandlers,
    IntegrationEventPublisher,
    RabbitmqAckInterceptor,
  ],
  exports: [BrokerClients, IntegrationEventPublisher],
})
export class MessagingModule {}
