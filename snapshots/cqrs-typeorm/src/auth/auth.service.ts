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
import { QueryFailedError, Repository } from 'typeorm';
import { EnvironmentVariables } from '../config/env.validation';
import { User } from '../users/entities/user.entity';
import { REFRESH_REUSE_GRACE_MS } from './auth.constants';
import type { AuthenticatedUser } from './auth.types';
import { AccountDto, TokensDto } from './dto/auth-responses.dto';
import {
  ChangePasswordDto,
  LoginDto,
  ResetPasswordDto,
  SignUpDto,
} from './dto/credentials.dto';
import { normalizeEmail } from './emails';
import { LoginAttempts } from './login-attempts/login-attempts';
import { AuthMailer } from './mail/auth-mailer';
import { PasswordHasher } from './passwords/password-hasher';
import { SessionStore } from './sessions/session-store';
import { AccessTokensService } from './tokens/access-tokens.service';
import { EmailTokensService } from './tokens/email-tokens.service';

const INVALID_REFRESH = 'The refresh token is invalid or expired';
const UNIQUE_VIOLATION = '23505';

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

  /**
   * Answers the same for a new and a registered address (no enumeration):
   * the owner of a registered one gets an email saying so instead.
   */
  async signUp(dto: SignUpDto): Promise<void> {
    const email = normalizeEmail(dto.email);
    // Hashed either way, so that both answers take as long.
    const passwordHash = await this.passwords.hash(dto.password);
    const user = await this.users
      .save(this.users.create({ email, passwordHash }))
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          return null;
        }
        throw error;
      });
    if (!user) {
      await this.mailer.deliver({ kind: 'account-exists', to: email });
      return;
    }
    await this.sendVerification(user);
  }

  async login(dto: LoginDto, clientIp: string): Promise<TokensDto> {
    const email = normalizeEmail(dto.email);
    const account = `account:${email}`;
    // Counted before the password is checked: parallel guesses cannot race it.
    await this.attempts.consume([account, `ip:${clientIp}`]);
    const user = await this.users.findOneBy({ email });
    const valid = await this.passwords.verify(
      user?.passwordHash ?? null,
      dto.password,
    );
    if (!user || !valid) {
      throw new UnauthorizedException('The email or password is wrong');
    }
    await this.attempts.recordSuccess(account);
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
    const outcome = await this.sessions.rotate(session.id, {
      presentedHash: sha256(secret),
      nextHash: sha256(nextSecret),
      expiresAt: Date.now() + this.refreshTtlMs,
      graceMs: REFRESH_REUSE_GRACE_MS,
    });
    switch (outcome) {
      case 'rotated':
        break;
      case 'concurrent':
        throw new ConflictException(
          'This refresh token was just used: use the tokens that refresh returned',
        );
      case 'reused':
        // The previous secret again, long after it was replaced: a copy.
        await this.sessions.revoke(session.id);
        throw new UnauthorizedException(INVALID_REFRESH);
      default:
        throw new UnauthorizedException(INVALID_REFRESH);
    }
    const user = await this.users.findOneBy({ id: session.userId });
    if (!user) {
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

  /** A new verification link, for an account that is not verified yet. */
  async resendVerification(address: string): Promise<void> {
    const user = await this.users.findOneBy({ email: normalizeEmail(address) });
    if (user && !user.emailVerifiedAt) {
      await this.sendVerification(user);
    }
  }

  /**
   * Does the same work for every address, so that neither the answer nor its
   * timing tells who has an account: a link to the owner of an account, a
   * note to anyone else.
   */
  async requestPasswordReset(address: string): Promise<void> {
    const email = normalizeEmail(address);
    const user = await this.users.findOneBy({ email });
    const token = await this.emailTokens.sign(
      'reset-password',
      user?.id ?? randomUUID(),
      user ? passwordState(user) : 'no account',
    );
    await this.mailer.deliver(
      user
        ? { kind: 'reset-password', to: user.email, token }
        : { kind: 'no-account', to: email },
    );
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

  /** Needs the current password; every other session of the user ends. */
  async changePassword(
    caller: AuthenticatedUser,
    dto: ChangePasswordDto,
  ): Promise<void> {
    const subject = `password:${caller.id}`;
    await this.attempts.consume([subject]);
    const user = await this.users.findOneBy({ id: caller.id });
    const valid = await this.passwords.verify(
      user?.passwordHash ?? null,
      dto.currentPassword,
    );
    if (!user || !valid) {
      throw new ForbiddenException('The current password is wrong');
    }
    await this.attempts.recordSuccess(subject);
    await this.users.update(
      { id: user.id },
      { passwordHash: await this.passwords.hash(dto.newPassword) },
    );
    await this.sessions.revokeAll(user.id, caller.sessionId);
  }

  async account(caller: AuthenticatedUser): Promise<AccountDto> {
    const user = await this.users.findOneBy({ id: caller.id });
    if (!user) {
      throw new UnauthorizedException('The account no longer exists');
    }
    return toAccount(user);
  }

  /**
   * Makes the account of `address` an admin, creating it (verified, without
   * a password) when there is none; it then gets a link to set a password.
   * Its sessions end: the next sign-in carries the new role.
   */
  async promoteToAdmin(address: string): Promise<AccountDto> {
    const email = normalizeEmail(address);
    const user =
      (await this.users.findOneBy({ email })) ??
      this.users.create({ email, emailVerifiedAt: new Date() });
    user.role = 'admin';
    user.emailVerifiedAt ??= new Date();
    const saved = await this.users.save(user);
    await this.sessions.revokeAll(saved.id);
    if (!saved.passwordHash) {
      await this.requestPasswordReset(saved.email);
    }
    return toAccount(saved);
  }

  private async sendVerification(user: User): Promise<void> {
    await this.mailer.deliver({
      kind: 'verify-email',
      to: user.email,
      token: await this.emailTokens.sign(
        'verify-email',
        user.id,
        unverified(user.email),
      ),
    });
  }

  private async startSession(user: User, device: string): Promise<TokensDto> {
    const secret = randomBytes(32).toString('base64url');
    const sessionId = randomUUID();
    const now = Date.now();
    await this.sessions.create({
      id: sessionId,
      userId: user.id,
      device,
      secretHash: sha256(secret),
      previousSecretHash: null,
      rotatedAt: now,
      expiresAt: now + this.refreshTtlMs,
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

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
  );
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
