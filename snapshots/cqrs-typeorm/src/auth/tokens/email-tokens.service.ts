import { BadRequestException, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { createHash } from 'node:crypto';
import { EnvironmentVariables } from '../../config/env.validation';

export type EmailTokenPurpose = 'verify-email' | 'reset-password';

interface EmailTokenClaims {
  sub: string;
  purpose: EmailTokenPurpose;
  bind: string;
}

/**
 * Tokens sent by email. They are bound to the account state they act on (the
 * email, or the current password hash), so a reset token stops working as
 * soon as the password changes: one use, no storage.
 */
@Injectable()
export class EmailTokensService {
  private readonly secret: string;
  private readonly ttlSeconds: Record<EmailTokenPurpose, number>;

  constructor(
    private readonly jwt: JwtService,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.secret = config.get('EMAIL_TOKEN_SECRET', { infer: true });
    // A reset link grants the account: it lives much shorter than a verification.
    this.ttlSeconds = {
      'verify-email': config.get('EMAIL_TOKEN_TTL_SECONDS', { infer: true }),
      'reset-password': config.get('PASSWORD_RESET_TTL_SECONDS', {
        infer: true,
      }),
    };
  }

  sign(
    purpose: EmailTokenPurpose,
    userId: string,
    state: string,
  ): Promise<string> {
    const claims: EmailTokenClaims = {
      sub: userId,
      purpose,
      bind: fingerprint(state),
    };
    return this.jwt.signAsync(claims, {
      secret: this.secret,
      expiresIn: this.ttlSeconds[purpose],
    });
  }

  /** The user id, when the token is genuine, unexpired and still bound to `state`. */
  async verify(
    token: string,
    purpose: EmailTokenPurpose,
    stateOf: (userId: string) => Promise<string | null>,
  ): Promise<string> {
    const claims = await this.decode(token);
    const state = claims.purpose === purpose ? await stateOf(claims.sub) : null;
    if (state === null || claims.bind !== fingerprint(state)) {
      throw new BadRequestException('The link is invalid or has expired');
    }
    return claims.sub;
  }

  private async decode(token: string): Promise<EmailTokenClaims> {
    try {
      return await this.jwt.verifyAsync<EmailTokenClaims>(token, {
        secret: this.secret,
      });
    } catch {
      throw new BadRequestException('The link is invalid or has expired');
    }
  }
}

function fingerprint(state: string): string {
  return createHash('sha256').update(state).digest('base64url').slice(0, 22);
}
