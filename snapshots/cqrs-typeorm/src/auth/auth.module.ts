import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnvironmentVariables } from '../config/env.validation';
import { User } from '../users/entities/user.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './guards/jwt-auth.guard';
import { RolesGuard } from './guards/roles.guard';
import { LoginAttemptsPolicy } from './login-attempts/login-attempts';
import { loginAttemptsProvider } from './login-attempts/login-attempts.provider';
import {
  authMailerImports,
  authMailerProviders,
} from './mail/auth-mailer.providers';
import { PasswordHasher } from './passwords/password-hasher';
import { assertSafeForProduction } from './production-config';
import { SessionStore } from './sessions/session-store';
import {
  sessionStoreImports,
  sessionStoreProvider,
} from './sessions/session-store.provider';
import { AccessTokensService } from './tokens/access-tokens.service';
import { EmailTokensService } from './tokens/email-tokens.service';

type Config = ConfigService<EnvironmentVariables, true>;

/** Global: every module may end a user's sessions (SessionStore). */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    ...sessionStoreImports,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: Config) => ({
        secret: config.get('JWT_ACCESS_SECRET', { infer: true }),
        signOptions: {
          algorithm: 'HS256',
          expiresIn: config.get('JWT_ACCESS_TTL_SECONDS', { infer: true }),
        },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ...authMailerImports,
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    PasswordHasher,
    AccessTokensService,
    EmailTokensService,
    sessionStoreProvider,
    loginAttemptsProvider,
    ...authMailerProviders,
    {
      provide: LoginAttemptsPolicy,
      inject: [ConfigService],
      useFactory: (config: Config) =>
        new LoginAttemptsPolicy(
          config.get('LOGIN_MAX_ATTEMPTS', { infer: true }),
          config.get('LOGIN_LOCK_SECONDS', { infer: true }) * 1000,
        ),
    },
    // Every route needs a valid access token unless it is public; then
    // @Access('admin') (@Roles) narrows it further.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [SessionStore],
})
export class AuthModule {
  constructor(config: ConfigService<EnvironmentVariables, true>) {
    // Before anything listens: production never runs on unsafe settings.
    assertSafeForProduction(config);
  }
}
