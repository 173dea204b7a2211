import type { ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from './auth.types';

/**
 * The `Authorization` header of an HTTP request. Null for another transport,
 * which carries none (a broker message: the brokers' own accounts are their
 * boundary).
 */
export function authorizationOf(
  context: ExecutionContext,
): string | undefined | null {
  if (context.getType() === 'http') {
    return context.switchToHttp().getRequest<FastifyRequest>().headers
      .authorization;
  }
  return null;
}

/** Records the caller the JWT guard authenticated on its request or call. */
export function setCaller(
  context: ExecutionContext,
  caller: AuthenticatedUser,
): void {
  if (context.getType() === 'http') {
    context.switchToHttp().getRequest<FastifyRequest>().user = caller;
  }
}

/** The caller the JWT guard authenticated; undefined on a public handler. */
export function callerOf(
  context: ExecutionContext,
): AuthenticatedUser | undefined {
  if (context.getType() === 'http') {
    return context.switchToHttp().getRequest<FastifyRequest>().user;
  }
  return undefined;
}
