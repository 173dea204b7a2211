import { status } from '@grpc/grpc-js';
import { CallHandler, ExecutionContext, HttpStatus } from '@nestjs/common';
import { firstValueFrom, throwError } from 'rxjs';
import { GrpcErrorsInterceptor, toHttpError } from './grpc-errors.interceptor';

describe('toHttpError', () => {
  it.each([
    [status.INVALID_ARGUMENT, HttpStatus.BAD_REQUEST],
    [status.NOT_FOUND, HttpStatus.NOT_FOUND],
    [status.ALREADY_EXISTS, HttpStatus.CONFLICT],
    [status.FAILED_PRECONDITION, HttpStatus.CONFLICT],
    [status.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED],
    [status.PERMISSION_DENIED, HttpStatus.FORBIDDEN],
    [status.RESOURCE_EXHAUSTED, HttpStatus.TOO_MANY_REQUESTS],
    [status.UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE],
    [status.DEADLINE_EXCEEDED, HttpStatus.GATEWAY_TIMEOUT],
    [status.INTERNAL, HttpStatus.BAD_GATEWAY],
  ])('maps gRPC status %i to HTTP %i', (code, expected) => {
    expect(toHttpError({ code, details: 'why' }).getStatus()).toBe(expected);
  });

  it("keeps the service's message for a client error", () => {
    expect(
      toHttpError({ code: status.NOT_FOUND, details: 'no such sku' }).message,
    ).toBe('no such sku');
  });
});

describe('GrpcErrorsInterceptor', () => {
  const context = {} as ExecutionContext;

  function failingWith(error: unknown): CallHandler {
    return { handle: () => throwError(() => error) };
  }

  it('turns a failed gRPC call into its HTTP error', async () => {
    const handled = new GrpcErrorsInterceptor().intercept(
      context,
      failingWith({ code: status.UNAVAILABLE, details: 'connect refused' }),
    );

    await expect(firstValueFrom(handled)).rejects.toMatchObject({
      status: HttpStatus.SERVICE_UNAVAILABLE,
    });
  });

  it('lets any other error through unchanged', async () => {
    const error = new Error('not a gRPC error');
    const handled = new GrpcErrorsInterceptor().intercept(
      context,
      failingWith(error),
    );

    await expect(firstValueFrom(handled)).rejects.toBe(error);
  });
});
