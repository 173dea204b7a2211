import { Injectable, Logger } from '@nestjs/common';
import { BrokerClients } from './broker-clients';
import { BROKERS } from './brokers';
import { EntityChange, entityEvent } from './messaging.patterns';

/**
 * Sends entity writes out as integration events, `<entity-kebab>.<change>` on
 * every broker. The services call it after the write has committed, so no
 * event tells of a row that was rolled back. A broker that fails is logged,
 * not thrown: the write has happened (an outbox table would make the delivery
 * certain).
 */
@Injectable()
export class IntegrationEventPublisher {
  private readonly logger = new Logger(IntegrationEventPublisher.name);

  constructor(private readonly clients: BrokerClients) {}

  async publish(
    entity: string,
    change: EntityChange,
    event: { id: string },
  ): Promise<void> {
    const name = entityEvent(entity, change);
    const sent = await Promise.allSettled(
      BROKERS.map((broker) => this.clients.emit(broker, name, event)),
    );
    sent.forEach((result, index) => {
      if (result.status === 'rejected') {
        this.logger.error(
          `${name} ${event.id} not sent on ${BROKERS[index]}: ${String(result.reason)}`,
        );
      }
    });
  }
}
