import { USER_ROLE_VALUES } from '../users/entities/user.entity';

export type Role = (typeof USER_ROLE_VALUES)[number];

/** What the JWT guard puts on the request. */
export interface AuthenticatedUser {
  id: string;
  role: Role;
  sessionId: string;
}

/** The claims of an access token. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  sid: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthenticatedUser;
  }
}
