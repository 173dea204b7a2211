import { CallHandler, ExecutionContext } from '@nestjs/common';
import { RmqContext } from '@nestjs/microservices';
import { lastValueFrom, of, throwError } from 'rxjs';
import { RabbitmqAckInterceptor } from './rabbitmq-ack.interceptor';

function rabbitmqCall(replyTo?: string) {
  const channel = { ack: jest.fn(), nack: jest.fn() };
  const message = { properties: { replyTo } };
  const rmq = new RmqContext([message, channel, 'thing.created']);
  const context = {
    switchToRpc: () => ({ getContext: () => rmq }),
  } as unknown as ExecutionContext;
  return { channel, message, context };
}

function handler(fails: boolean): CallHandler {
  return {
    handle: () => (fails ? throwError(() => new Error('boom')) : of('done')),
  };
}

describe('RabbitmqAckInterceptor', () => {
  const interceptor = new RabbitmqAckInterceptor();

  it('acknowledges a message once its handler is done', async () => {
    const { channel, message, context } = rabbitmqCall();

    await lastValueFrom(interceptor.intercept(context, handler(false)));

    expect(channel.ack).toHaveBeenCalledWith(message);
    expect(channel.nack).not.toHaveBeenCalled();
  });

  it('rejects a failed event without requeue: it is dead-lettered', async () => {
    const { channel, message, context } = rabbitmqCall();

    await expect(
      lastValueFrom(interceptor.intercept(context, handler(true))),
    ).rejects.toThrow('boom');

    expect(channel.nack).toHaveBeenCalledWith(message, false, false);
    expect(channel.ack).not.toHaveBeenCalled();
  });

  it('acknowledges a failed request: its caller has the error', async () => {
    const { channel, message, context } = rabbitmqCall('amq.rabbitmq.reply-to');

    await expect(
      lastValueFrom(interceptor.intercept(context, handler(true))),
    ).rejects.toThrow('boom');

    expect(channel.ack).toHaveBeenCalledWith(message);
    expect(channel.nack).not.toHaveBeenCalled();
  });

  it('leaves messages of other transports alone', async () => {
    const context = {
      switchToRpc: () => ({ getContext: () => ({}) }),
    } as unknown as ExecutionContext;

    await expect(
      lastValueFrom(interceptor.intercept(context, handler(false))),
    ).resolves.toBe('done');
  });
});
