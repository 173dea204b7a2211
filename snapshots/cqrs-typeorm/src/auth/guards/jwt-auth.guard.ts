import {
  CanActivate,
  ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { authorizationOf, setCaller } from '../callers';
import { IS_PUBLIC } from '../decorators/public.decorator';
import { SessionStore } from '../sessions/session-store';
import { AccessTokensService } from '../tokens/access-tokens.service';

/**
 * Applied to every route unless it is @Public(): a valid access token whose
 * session is live and belongs to the token's subject, an account that still
 * exists, and its role as stored now (never the role the token was signed
 * with). A non-HTTP handler (RPC, WebSocket) that is not @Public() is refused:
 * it carries no bearer token this guard could check.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokensService,
    private readonly sessions: SessionStore,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.isPublic(context)) {
      return true;
    }
    const authorization = authorizationOf(context);
    if (authorization === null) {
      return false;
    }
    const token = bearerToken(authorization);
    if (!token) {
      throw new UnauthorizedException('A bearer access token is required');
    }
    const claims = await this.accessTokens.verify(token);
    const session = await this.sessions.find(claims.sid);
    if (
      !session ||
      session.userId !== claims.sub ||
      session.expiresAt <= Date.now()
    ) {
      throw new UnauthorizedException('The session has ended');
    }
    const user = await this.users.findOne({
      where: { id: claims.sub },
      select: { id: true, role: true },
    });
    if (!user) {
      throw new UnauthorizedException('The account no longer exists');
    }
    setCaller(context, { id: user.id, role: user.role, sessionId: session.id });
    return true;
  }

  private isPublic(context: ExecutionContext): boolean {
    return (
      this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
        context.getHandler(),
        context.getClass(),
      ]) === true
    );
  }
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}
