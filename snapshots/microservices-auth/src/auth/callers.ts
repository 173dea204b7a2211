import { Metadata } from '@grpc/grpc-js';
import type { ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from './auth.types';

/** The caller of each gRPC call, by its metadata (gone with the call). */
const grpcCallers = new WeakMap<Metadata, AuthenticatedUser>();

/** The metadata of a gRPC call; undefined for a broker message. */
function grpcMetadata(context: ExecutionContext): Metadata | undefined {
  if (context.getType() !== 'rpc') {
    return undefined;
  }
  const carried: unknown = context.switchToRpc().getContext();
  return carried instanceof Metadata ? carried : undefined;
}

/**
 * The `Authorization` a call carries: an HTTP request's header or a gRPC
 * call's `authorization` metadata. Null when its transport carries none (a
 * broker message: the brokers' own accounts are their boundary).
 */
export function authorizationOf(
  context: ExecutionContext,
): string | undefined | null {
  if (context.getType() === 'http') {
    return context.switchToHttp().getRequest<FastifyRequest>().headers
      .authorization;
  }
  const metadata = grpcMetadata(context);
  if (metadata) {
    const [value] = metadata.get('authorization');
    return typeof value === 'string' ? value : undefined;
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
  const metadata = grpcMetadata(context);
  if (metadata) {
    grpcCallers.set(metadata, caller);
  }
}

/** The caller the JWT guard authenticated; undefined on a public handler. */
export function callerOf(
  context: ExecutionContext,
): AuthenticatedUser | undefined {
  if (context.getType() === 'http') {
    return context.switchToHttp().getRequest<FastifyRequest>().user;
  }
  const metadata = grpcMetadata(context);
  return metadata ? grpcCallers.get(metadata) : undefined;
}
