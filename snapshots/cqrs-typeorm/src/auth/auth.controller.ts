import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Req,
  UseInterceptors,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { SENSITIVE_ROUTE_THROTTLE } from './auth.constants';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './auth.types';
import { Access } from './decorators/access.decorator';
import { CurrentUser } from './decorators/current-user.decorator';
import { AcceptedDto, AccountDto, TokensDto } from './dto/auth-responses.dto';
import {
  ChangePasswordDto,
  EmailAddressDto,
  EmailTokenDto,
  LoginDto,
  RefreshDto,
  ResetPasswordDto,
  SignUpDto,
} from './dto/credentials.dto';
import { RetryAfterInterceptor } from './interceptors/retry-after.interceptor';

const CHECK_YOUR_EMAIL: AcceptedDto = {
  message: 'Check your email to continue',
};

@ApiTags('auth')
@ApiProblems(429)
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** 202 for every address: a registered one gets an email, not a 409. */
  @Access('public')
  @Throttle(SENSITIVE_ROUTE_THROTTLE)
  @ApiProblems(400)
  @Post('signup')
  @HttpCode(HttpStatus.ACCEPTED)
  async signUp(@Body() dto: SignUpDto): Promise<AcceptedDto> {
    await this.auth.signUp(dto);
    return CHECK_YOUR_EMAIL;
  }

  @Access('public')
  @Throttle(SENSITIVE_ROUTE_THROTTLE)
  @UseInterceptors(RetryAfterInterceptor)
  @ApiProblems(400, 401, 403)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
  ): Promise<TokensDto> {
    return this.auth.login(dto, request.ip);
  }

  @Access('public')
  @ApiProblems(400, 401, 409)
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  refresh(@Body() dto: RefreshDto): Promise<TokensDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Access('member')
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  logout(@CurrentUser() caller: AuthenticatedUser): Promise<void> {
    return this.auth.logout(caller);
  }

  @Access('member')
  @Post('logout-all')
  @HttpCode(HttpStatus.NO_CONTENT)
  async logoutEverywhere(
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<void> {
    await this.auth.logoutEverywhere(caller);
  }

  /** Changes the caller's password; every other session of theirs ends. */
  @Access('member')
  @Throttle(SENSITIVE_ROUTE_THROTTLE)
  @UseInterceptors(RetryAfterInterceptor)
  @ApiProblems(400, 403)
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  changePassword(
    @CurrentUser() caller: AuthenticatedUser,
    @Body() dto: ChangePasswordDto,
  ): Promise<void> {
    return this.auth.changePassword(caller, dto);
  }

  @Access('public')
  @ApiProblems(400)
  @Post('verify-email')
  @HttpCode(HttpStatus.NO_CONTENT)
  verifyEmail(@Body() dto: EmailTokenDto): Promise<void> {
    return this.auth.verifyEmail(dto.token);
  }

  /** 202 whatever the address: a new link only if it awaits verification. */
  @Access('public')
  @Throttle(SENSITIVE_ROUTE_THROTTLE)
  @ApiProblems(400)
  @Post('verify-email/resend')
  @HttpCode(HttpStatus.ACCEPTED)
  async resendVerification(@Body() dto: EmailAddressDto): Promise<AcceptedDto> {
    await this.auth.resendVerification(dto.email);
    return CHECK_YOUR_EMAIL;
  }

  @Access('public')
  @Throttle(SENSITIVE_ROUTE_THROTTLE)
  @ApiProblems(400)
  @Post('password-reset')
  @HttpCode(HttpStatus.ACCEPTED)
  async requestPasswordReset(
    @Body() dto: EmailAddressDto,
  ): Promise<AcceptedDto> {
    await this.auth.requestPasswordReset(dto.email);
    return CHECK_YOUR_EMAIL;
  }

  @Access('public')
  @Throttle(SENSITIVE_ROUTE_THROTTLE)
  @ApiProblems(400)
  @Post('password-reset/confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    return this.auth.resetPassword(dto);
  }

  @Access('member')
  @Get('me')
  account(@CurrentUser() caller: AuthenticatedUser): Promise<AccountDto> {
    return this.auth.account(caller);
  }
}
