import { Logger } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import type Redis from 'ioredis';
import { setImmediate as tick } from 'node:timers/promises';
import { channel, PubSubService } from './pubsub.service';
import {
  REDIS_CLIENT,
  REDIS_MODULE_OPTIONS,
  REDIS_SUBSCRIBER,
} from './redis.constants';
import type { RedisModuleOptions } from './redis.options';

interface OrderPlaced {
  orderId: string;
}

const ORDERS = channel<OrderPlaced>('orders');

describe('PubSubService (Suites solitary)', () => {
  let pubsub: PubSubService;
  let publisher: Mocked<Redis>;
  let subscriber: Mocked<Redis>;

  // What the subscriber connection hands to its 'message' listener.
  const deliver = async (name: string, payload: string) => {
    const [, listener] = subscriber.on.mock.calls.find(
      ([event]) => event === 'message',
    )!;
    (listener as (channel: string, message: string) => void)(name, payload);
    await tick();
  };

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(PubSubService)
      .mock<RedisModuleOptions>(REDIS_MODULE_OPTIONS)
      .final({ keyPrefix: 'app' })
      .compile();
    pubsub = unit;
    publisher = unitRef.get<Redis>(REDIS_CLIENT);
    subscriber = unitRef.get<Redis>(REDIS_SUBSCRIBER);
    subscriber.subscribe.mockResolvedValue(1);
    subscriber.unsubscribe.mockResolvedValue(0);
  });

  afterEach(() => jest.restoreAllMocks());

  it('publishes JSON on the prefixed channel', async () => {
    publisher.publish.mockResolvedValue(2);

    await expect(pubsub.publish(ORDERS, { orderId: 'o1' })).resolves.toBe(2);
    expect(publisher.publish).toHaveBeenCalledWith(
      'app:orders',
      '{"orderId":"o1"}',
    );
  });

  it('subscribes once per channel and hands every message to each handler', async () => {
    const first = jest.fn();
    const second = jest.fn();

    await pubsub.subscribe(ORDERS, first);
    await pubsub.subscribe(ORDERS, second);
    await deliver('app:orders', '{"orderId":"o1"}');

    expect(subscriber.subscribe).toHaveBeenCalledTimes(1);
    expect(subscriber.subscribe).toHaveBeenCalledWith('app:orders');
    expect(first).toHaveBeenCalledWith({ orderId: 'o1' });
    expect(second).toHaveBeenCalledWith({ orderId: 'o1' });
  });

  it('unsubscribes from Redis when the last handler leaves', async () => {
    const first = jest.fn();
    const second = jest.fn();
    const stopFirst = await pubsub.subscribe(ORDERS, first);
    await pubsub.subscribe(ORDERS, second);

    await stopFirst();
    await deliver('app:orders', '{"orderId":"o2"}');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(subscriber.unsubscribe).not.toHaveBeenCalled();

    await pubsub.unsubscribe(ORDERS);
    expect(subscriber.unsubscribe).toHaveBeenCalledWith('app:orders');
  });

  it('ignores other channels, and drops messages that are not JSON', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    const handler = jest.fn();
    await pubsub.subscribe(ORDERS, handler);

    await deliver('app:payments', '{"orderId":"o1"}');
    await deliver('app:orders', 'not json');

    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not JSON'));
  });

  it('logs a failing handler and still calls the others', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation();
    const healthy = jest.fn();
    await pubsub.subscribe(ORDERS, () => {
      throw new Error('handler broke');
    });
    await pubsub.subscribe(ORDERS, healthy);

    await deliver('app:orders', '{"orderId":"o3"}');

    expect(healthy).toHaveBeenCalledWith({ orderId: 'o3' });
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('handler broke'),
    );
  });

  it('lets a later subscribe retry after SUBSCRIBE failed', async () => {
    subscriber.subscribe.mockRejectedValueOnce(new Error('offline'));

    await expect(pubsub.subscribe(ORDERS, jest.fn())).rejects.toThrow(
      'offline',
    );
    await pubsub.subscribe(ORDERS, jest.fn());

    expect(subscriber.subscribe).toHaveBeenCalledTimes(2);
  });
});
