import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  REDIS_CLIENT,
  REDIS_MODULE_OPTIONS,
  REDIS_SUBSCRIBER,
} from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

/** A channel and the type of its messages: `channel<OrderPlaced>('orders')`. */
export interface Channel<T> {
  readonly name: string;
  /** Never set: it only carries the message type. */
  readonly message?: T;
}

export function channel<T>(name: string): Channel<T> {
  return { name };
}

export type MessageHandler<T> = (message: T) => void | Promise<void>;

interface Subscription {
  handlers: Set<MessageHandler<unknown>>;
  ready: Promise<unknown>;
}

/**
 * Typed Redis pub/sub across every instance of the app. Messages are JSON;
 * channel names get the app's key prefix. Delivery is at most once: a message
 * sent while an instance is disconnected never reaches it.
 */
@Injectable()
export class PubSubService {
  private readonly logger = new Logger(PubSubService.name);
  private readonly subscriptions = new Map<string, Subscription>();
  private listening = false;

  constructor(
    @Inject(REDIS_CLIENT) private readonly publisher: Redis,
    @Inject(REDIS_SUBSCRIBER) private readonly subscriber: Redis,
    @Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions,
  ) {}

  /** Sends a message; resolves to how many subscribed connections received it. */
  async publish<T>(channel: Channel<T>, message: T): Promise<number> {
    return this.publisher.publish(
      this.channelName(channel),
      JSON.stringify(message),
    );
  }

  /** Calls `handler` with every message on `channel`; resolves to its unsubscribe function. */
  async subscribe<T>(
    channel: Channel<T>,
    handler: MessageHandler<T>,
  ): Promise<() => Promise<void>> {
    this.listen();
    const name = this.channelName(channel);
    let subscription = this.subscriptions.get(name);
    if (!subscription) {
      subscription = {
        handlers: new Set(),
        ready: this.subscriber.subscribe(name),
      };
      this.subscriptions.set(name, subscription);
    }
    subscription.handlers.add(handler as MessageHandler<unknown>);
    try {
      await subscription.ready;
    } catch (error) {
      if (this.subscriptions.get(name) === subscription) {
        this.subscriptions.delete(name);
      }
      throw error;
    }
    return () => this.unsubscribe(channel, handler);
  }

  /** Removes one handler, or every handler when none is given. */
  async unsubscribe<T>(
    channel: Channel<T>,
    handler?: MessageHandler<T>,
  ): Promise<void> {
    const name = this.channelName(channel);
    const subscription = this.subscriptions.get(name);
    if (!subscription) {
      return;
    }
    if (handler) {
      subscription.handlers.delete(handler as MessageHandler<unknown>);
    } else {
      subscription.handlers.clear();
    }
    if (subscription.handlers.size === 0) {
      this.subscriptions.delete(name);
      await this.subscriber.unsubscribe(name);
    }
  }

  private listen(): void {
    if (this.listening) {
      return;
    }
    this.listening = true;
    this.subscriber.on('message', (name: string, payload: string) =>
      this.dispatch(name, payload),
    );
  }

  private dispatch(name: string, payload: string): void {
    const subscription = this.subscriptions.get(name);
    if (!subscription) {
      return;
    }
    let message: unknown;
    try {
      message = JSON.parse(payload);
    } catch {
      this.logger.warn(`Dropped a message that is not JSON on ${name}`);
      return;
    }
    for (const handler of subscription.handlers) {
      Promise.resolve()
        .then(() => handler(message))
        .catch((error: unknown) =>
          this.logger.error(
            `A handler on ${name} failed: ${(error as Error).message}`,
          ),
        );
    }
  }

  private channelName(channel: Channel<unknown>): string {
    return `${this.options.keyPrefix}:${channel.name}`;
  }
}
