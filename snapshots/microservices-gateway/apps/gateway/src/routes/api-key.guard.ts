import {
  CanActivate,
  ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { EnvironmentVariables } from '../config/env.validation';

/** The header a caller sends its key in. */
export const API_KEY_HEADER = 'x-api-key';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * Who may call the routed services: a caller presenting one of GATEWAY_API_KEYS
 * in the x-api-key header. An empty list leaves the routes open, which only
 * development and tests accept: in production the gateway refuses to start.
 * This is the gateway's authentication hook: replace the check to verify
 * your tokens instead.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly keys: Buffer[];

  constructor(config: ConfigService<EnvironmentVariables, true>) {
    this.keys = config.get('GATEWAY_API_KEYS', { infer: true }).map(digest);
    if (
      this.keys.length === 0 &&
      config.get('NODE_ENV', { infer: true }) === 'production'
    ) {
      throw new Error(
        'Refusing to start in production: set GATEWAY_API_KEYS (the routes would be open to anyone)',
      );
    }
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.keys.length === 0) {
      return true;
    }
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const given = request.headers[API_KEY_HEADER];
    // Compared as digests of equal length, in constant time.
    if (
      typeof given === 'string' &&
      this.keys.some((key) => timingSafeEqual(key, digest(given)))
    ) {
      return true;
    }
    throw new UnauthorizedException(
      `A valid ${API_KEY_HEADER} header is required`,
    );
  }
}
