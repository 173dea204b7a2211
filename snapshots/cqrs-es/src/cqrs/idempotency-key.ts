import {
  applyDecorators,
  BadRequestException,
  createParamDecorator,
  ExecutionContext,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

/** Printable ASCII, as HTTP header values carry keys such as UUIDs. */
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * The optional `Idempotency-Key` header of a command: a retried request with
 * the same key answers what the first one did instead of running again.
 */
export const IdempotencyKey = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = request.headers['idempotency-key'];
    if (key === undefined) {
      return undefined;
    }
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new BadRequestException(
        'Idempotency-Key must be 1 to 200 printable ASCII characters',
      );
    }
    return key;
  },
);

/** Documents the optional Idempotency-Key header of a command route. */
export function ApiIdempotencyKey(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Makes the command safe to retry: a repeated key answers the first result',
      schema: { type: 'string', pattern: KEY_PATTERN.source },
    }),
  );
}
