import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { SENSITIVE_ROUTE_THROTTLE } from './auth.constants';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './auth.types';
import { CurrentUser } from './decorators/current-user.decorator';
import { Public } from './decorators/public.decorator';
import { AccountDto, TokensDto } from './dto/auth-responses.dto';
import {
  EmailTokenDto,
  LoginDto,
  RefreshDto,
  RequestPasswordResetDto,
  ResetPasswordDto,
  SignUpDto,
} from './dto/credentials.dto';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Throttle(SENSITIVE_ROUTE_THROTTLE)
  @Post('signup')
  signUp(@Body() dto: SignUpDto): Promise<AccountDto> {
    return this.auth.signUp(dto);
  }

  @Public()
  @Throttle(SENSITIVE_ROUTE_THROTTLE)
  @Post('login')
  @HttpCode(200)
  login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
  ): Promise<TokensDto> {
    return this.auth.login(dto, request.ip);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() dto: RefreshDto): Promise<TokensDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  logout(@CurrentUser() caller: AuthenticatedUser): Promise<void> {
    return this.auth.logout(caller);
  }

  @Post('logout-all')
  @HttpCode(204)
  async logoutEverywhere(
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<void> {
    await this.auth.logoutEverywhere(caller);
  }

  @Public()
  @Post('verify-email')
  @HttpCode(204)
  verifyEmail(@Body() dto: EmailTokenDto): Promise<void> {
    return this.auth.verifyEmail(dto.token);
  }

  @Public()
  @Throttle(SENSITIVE_ROUTE_THROTTLE)
  @Post('password-reset')
  @HttpCode(202)
  requestPasswordReset(@Body() dto: RequestPasswordResetDto): Promise<void> {
    return this.auth.requestPasswordReset(dto.email);
  }

  @Public()
  @Throttle(SENSITIVE_ROUTE_THROTTLE)
  @Post('password-reset/confirm')
  @HttpCode(204)
  resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    return this.auth.resetPassword(dto);
  }

  @Get('me')
  account(@CurrentUser() caller: AuthenticatedUser): Promise<AccountDto> {
    return this.auth.account(caller);
  }
}
