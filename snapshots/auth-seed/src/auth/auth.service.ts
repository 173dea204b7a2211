import {
  ConflictException,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { EnvironmentVariables } from '../config/env.validation';
import { User } from '../users/entities/user.entity';
import type { AuthenticatedUser } from './auth.types';
import { AccountDto, TokensDto } from './dto/auth-responses.dto';
import { LoginDto, ResetPasswordDto, SignUpDto } from './dto/credentials.dto';
import { LoginAttempts } from './login-attempts/login-attempts';
import { AuthMailer } from './mail/auth-mailer';
import { PasswordHasher } from './passwords/password-hasher';
import { SessionStore } from './sessions/session-store';
import { AccessTokensService } from './tokens/access-tokens.service';
import { EmailTokensService } from './tokens/email-tokens.service';

const INVALID_REFRESH = 'The refresh token is invalid or expired';

/** Sign-up, sign-in, sessions and the email flows; passwords never leave it. */
@Injectable()
export class AuthService {
  private readonly accessTtlSeconds: number;
  private readonly refreshTtlMs: number;

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly passwords: PasswordHasher,
    private readonly accessTokens: AccessTokensService,
    private readonly emailTokens: EmailTokensService,
    private readonly sessions: SessionStore,
    private readonly attempts: LoginAttempts,
    private readonly mailer: AuthMailer,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.accessTtlSeconds = config.get('JWT_ACCESS_TTL_SECONDS', {
      infer: true,
    });
    this.refreshTtlMs =
      config.get('REFRESH_TOKEN_TTL_SECONDS', { infer: true }) * 1000;
  }

  async signUp(dto: SignUpDto): Promise<AccountDto> {
    const email = normalizeEmail(dto.email);
    if (await this.users.existsBy({ email })) {
      throw new ConflictException('This email address is already registered');
    }
    const user = await this.users.save(
      this.users.create({
        email,
        passwordHash: await this.passwords.hash(dto.password),
      }),
    );
    await this.mailer.deliver({
      kind: 'verify-email',
      to: user.email,
      token: await this.emailTokens.sign(
        'verify-email',
        user.id,
        unverified(user.email),
      ),
    });
    return toAccount(user);
  }

  async login(dto: LoginDto, clientIp: string): Promise<TokensDto> {
    const email = normalizeEmail(dto.email);
    const account = `account:${email}`;
    await this.attempts.assertNotLocked([account, `ip:${clientIp}`]);
    const user = await this.users.findOneBy({ email });
    const valid = await this.passwords.verify(
      user?.passwordHash ?? null,
      dto.password,
    );
    if (!user || !valid) {
      await this.attempts.recordFailure([account, `ip:${clientIp}`]);
      throw new UnauthorizedException('The email or password is wrong');
    }
    await this.attempts.recordSuccess([account]);
    if (!user.emailVerifiedAt) {
      throw new ForbiddenException('Confirm your email address first');
    }
    return this.startSession(user, dto.device ?? 'unnamed device');
  }

  async refresh(refreshToken: string): Promise<TokensDto> {
    const [sessionId, secret] = refreshToken.split('.');
    const session = isUUID(sessionId)
      ? await this.sessions.find(sessionId)
      : null;
    if (!session || !secret || session.expiresAt <= Date.now()) {
      throw new UnauthorizedException(INVALID_REFRESH);
    }
    const nextSecret = randomBytes(32).toString('base64url');
    const rotated = await this.sessions.rotate(session.id, sha256(secret), {
      secretHash: sha256(nextSecret),
      expiresAt: Date.now() + this.refreshTtlMs,
    });
    const user = rotated
      ? await this.users.findOneBy({ id: session.userId })
      : null;
    if (!user) {
      // A refresh token presented twice was copied: end the whole session.
      await this.sessions.revoke(session.id);
      throw new UnauthorizedException(INVALID_REFRESH);
    }
    return this.issueTokens(user, session.id, nextSecret);
  }

  async logout(caller: AuthenticatedUser): Promise<void> {
    await this.sessions.revoke(caller.sessionId);
  }

  async logoutEverywhere(caller: AuthenticatedUser): Promise<number> {
    return this.sessions.revokeAll(caller.id);
  }

  async verifyEmail(token: string): Promise<void> {
    const userId = await this.emailTokens.verify(
      token,
      'verify-email',
      async (id) => {
        const user = await this.users.findOneBy({ id });
        return user && !user.emailVerifiedAt ? unverified(user.email) : null;
      },
    );
    await this.users.update({ id: userId }, { emailVerifiedAt: new Date() });
  }

  /** Always succeeds, so that the answer does not tell who has an account. */
  async requestPasswordReset(address: string): Promise<void> {
    const user = await this.users.findOneBy({ email: normalizeEmail(address) });
    if (!user) {
      return;
    }
    await this.mailer.deliver({
      kind: 'reset-password',
      to: user.email,
      token: await this.emailTokens.sign(
        'reset-password',
        user.id,
        passwordState(user),
      ),
    });
  }

  async resetPassword(dto: ResetPasswordDto): Promise<void> {
    const userId = await this.emailTokens.verify(
      dto.token,
      'reset-password',
      async (id) => {
        const user = await this.users.findOneBy({ id });
        return user ? passwordState(user) : null;
      },
    );
    await this.users.update(
      { id: userId },
      { passwordHash: await this.passwords.hash(dto.password) },
    );
    await this.sessions.revokeAll(userId);
  }

  async account(caller: AuthenticatedUser): Promise<AccountDto> {
    const user = await this.users.findOneBy({ id: caller.id });
    if (!user) {
      throw new UnauthorizedException('The account no longer exists');
    }
    return toAccount(user);
  }

  private async startSession(user: User, device: string): Promise<TokensDto> {
    const secret = randomBytes(32).toString('base64url');
    const sessionId = randomUUID();
    await this.sessions.create({
      id: sessionId,
      userId: user.id,
      device,
      secretHash: sha256(secret),
      expiresAt: Date.now() + this.refreshTtlMs,
    });
    return this.issueTokens(user, sessionId, secret);
  }

  private async issueTokens(
    user: User,
    sessionId: string,
    secret: string,
  ): Promise<TokensDto> {
    return {
      tokenType: 'Bearer',
      accessToken: await this.accessTokens.sign({
        sub: user.id,
        role: user.role,
        sid: sessionId,
      }),
      expiresIn: this.accessTtlSeconds,
      refreshToken: `${sessionId}.${secret}`,
    };
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A reset link works until the password changes (or is first set). */
function passwordState(user: User): string {
  return `password:${user.passwordHash ?? 'unset'}`;
}

/** A verification link works until the address is verified (or changes). */
function unverified(email: string): string {
  return `unverified:${email}`;
}

function toAccount(user: User): AccountDto {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
  };
}
