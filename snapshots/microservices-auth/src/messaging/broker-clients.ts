import { GatewayTimeoutException, Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ClientProxy } from '@nestjs/microservices';
import { lastValueFrom, Observable, throwError, timeout } from 'rxjs';
import { EnvironmentVariables } from '../config/env.validation';
import { Broker, NATS_BROKER } from './brokers';

/** What BrokerClients needs of a broker's client (ClientKafka's events differ). */
type BrokerClient = Pick<ClientProxy, 'send' | 'emit'>;

/**
 * The app's clients, one per broker: requests and events that give up after
 * MESSAGING_TIMEOUT_MS with a clear error instead of waiting forever.
 */
@Injectable()
export class BrokerClients {
  private readonly clients: Record<Broker, BrokerClient>;
  private readonly timeoutMs: number;

  constructor(
    @Inject(NATS_BROKER) nats: ClientProxy,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.clients = { nats };
    this.timeoutMs = config.get('MESSAGING_TIMEOUT_MS', { infer: true });
  }

  /** Sends a request and resolves with the reply (504 when none comes in time). */
  send<T>(broker: Broker, pattern: string, data: unknown): Promise<T> {
    const reply = this.clients[broker].send<T>(pattern, data);
    return lastValueFrom(this.inTime(reply, broker, `reply to '${pattern}'`));
  }

  /** Publishes an event; resolves once the broker has taken it. */
  async emit(broker: Broker, pattern: string, data: unknown): Promise<void> {
    const sent = this.clients[broker].emit<unknown>(pattern, data);
    const what = `confirmation of '${pattern}'`;
    await lastValueFrom(this.inTime(sent, broker, what), {
      defaultValue: undefined,
    });
  }

  private inTime<T>(
    source: Observable<T>,
    broker: Broker,
    what: string,
  ): Observable<T> {
    return source.pipe(
      timeout({
        first: this.timeoutMs,
        with: () =>
          throwError(
            () =>
              new GatewayTimeoutException(
                `${broker}: no ${what} within ${this.timeoutMs} ms`,
              ),
          ),
      }),
    );
  }
}
