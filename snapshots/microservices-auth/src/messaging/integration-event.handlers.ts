import { Injectable, Logger } from '@nestjs/common';
import { EntityEvent } from './messaging.patterns';

/**
 * What this service does when an integration event arrives (MessagingController
 * calls it for every `<entity>.created|updated|deleted`, from every broker:
 * an event published on two brokers arrives twice, so reactions must be
 * idempotent). Throw to reject it: RabbitMQ then dead-letters the message.
 */
@Injectable()
export class IntegrationEventHandlers {
  private readonly logger = new Logger(IntegrationEventHandlers.name);

  /** Replace this body with the reaction (e.g. refresh a read model). */
  async received(name: string, event: EntityEvent): Promise<void> {
    this.logger.debug(`${name} ${event.id}`);
  }
}
