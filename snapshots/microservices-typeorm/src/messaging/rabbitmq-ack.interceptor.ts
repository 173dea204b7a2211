import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import { RmqContext } from '@nestjs/microservices';
import { Observable, tap } from 'rxjs';

/**
 * Acknowledges each RabbitMQ message once its handler is done (the queue runs
 * with noAck: false). An event whose handler fails is rejected without requeue,
 * so RabbitMQ moves it to the queue's dead-letter exchange; a failed request is
 * acknowledged, since its caller has the error as the reply. Messages from the
 * other transports pass through untouched.
 */
@Injectable()
export class RabbitmqAckInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const rmq = context.switchToRpc().getContext<unknown>();
    if (!(rmq instanceof RmqContext)) {
      return next.handle();
    }
    const channel = rmq.getChannelRef() as {
      ack(message: unknown): void;
      nack(message: unknown, allUpTo: boolean, requeue: boolean): void;
    };
    const message = rmq.getMessage() as { properties: { replyTo?: string } };
    const isRequest = Boolean(message.properties.replyTo);
    return next.handle().pipe(
      tap({
        complete: () => channel.ack(message),
        error: () =>
          isRequest
            ? channel.ack(message)
            : channel.nack(message, false, false),
      }),
    );
  }
}
