import { Controller, UseInterceptors } from '@nestjs/common';
import { EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { IntegrationEventHandlers } from './integration-event.handlers';
import { entityEvent, PING } from './messaging.patterns';
import type { EntityEvent, EntityEvents, Pong } from './messaging.patterns';
import { RabbitmqAckInterceptor } from './rabbitmq-ack.interceptor';

/**
 * The app's handlers on every broker it serves (src/main.ts connects them):
 * requests with @MessagePattern, events with @EventPattern.
 */
@Controller()
@UseInterceptors(RabbitmqAckInterceptor)
export class MessagingController {
  constructor(private readonly handlers: IntegrationEventHandlers) {}

  @MessagePattern(PING)
  ping(): Pong {
    return {
      service: 'microservices-typeorm',
      at: new Date().toISOString(),
    };
  }

  @EventPattern<EntityEvents>(entityEvent('product', 'created'))
  async productCreated(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('product.created', event);
  }

  @EventPattern<EntityEvents>(entityEvent('product', 'updated'))
  async productUpdated(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('product.updated', event);
  }

  @EventPattern<EntityEvents>(entityEvent('product', 'deleted'))
  async productDeleted(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('product.deleted', event);
  }

  @EventPattern<EntityEvents>(entityEvent('warehouse', 'created'))
  async warehouseCreated(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('warehouse.created', event);
  }

  @EventPattern<EntityEvents>(entityEvent('warehouse', 'updated'))
  async warehouseUpdated(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('warehouse.updated', event);
  }

  @EventPattern<EntityEvents>(entityEvent('warehouse', 'deleted'))
  async warehouseDeleted(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('warehouse.deleted', event);
  }
}
