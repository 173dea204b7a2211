import { Controller } from '@nestjs/common';
import { EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { IntegrationEventHandlers } from './integration-event.handlers';
import { entityEvent, PING } from './messaging.patterns';
import type { EntityEvent, EntityEvents, Pong } from './messaging.patterns';

/**
 * The app's handlers on every broker it serves (src/main.ts connects them):
 * requests with @MessagePattern, events with @EventPattern.
 * Broker messages carry no user: they come from other services, and the
 * broker's own accounts are the boundary (one broker user per service). Put
 * what a user may do on HTTP or gRPC, where @Access checks the caller.
 */
@Controller()
export class MessagingController {
  constructor(private readonly handlers: IntegrationEventHandlers) {}

  @MessagePattern(PING)
  ping(): Pong {
    return {
      service: 'notes-grpc',
      at: new Date().toISOString(),
    };
  }

  @EventPattern<EntityEvents>(entityEvent('user', 'created'))
  async userCreated(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('user.created', event);
  }

  @EventPattern<EntityEvents>(entityEvent('user', 'updated'))
  async userUpdated(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('user.updated', event);
  }

  @EventPattern<EntityEvents>(entityEvent('user', 'deleted'))
  async userDeleted(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('user.deleted', event);
  }

  @EventPattern<EntityEvents>(entityEvent('note', 'created'))
  async noteCreated(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('note.created', event);
  }

  @EventPattern<EntityEvents>(entityEvent('note', 'updated'))
  async noteUpdated(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('note.updated', event);
  }

  @EventPattern<EntityEvents>(entityEvent('note', 'deleted'))
  async noteDeleted(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('note.deleted', event);
  }

  @EventPattern<EntityEvents>(entityEvent('tag', 'created'))
  async tagCreated(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('tag.created', event);
  }

  @EventPattern<EntityEvents>(entityEvent('tag', 'updated'))
  async tagUpdated(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('tag.updated', event);
  }

  @EventPattern<EntityEvents>(entityEvent('tag', 'deleted'))
  async tagDeleted(@Payload() event: EntityEvent): Promise<void> {
    await this.handlers.received('tag.deleted', event);
  }
}
