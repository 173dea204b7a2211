import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Logger,
  Post,
} from '@nestjs/common';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { Public } from '../../src/auth/decorators/public.decorator';

export class ProbeDto {
  @IsEmail()
  email: string;

  @IsString()
  @MaxLength(200)
  name: string;
}

export class SignInProbeDto {
  @IsEmail()
  email: string;

  @IsString()
  password: string;
}

/**
 * Routes that exist only in the e2e tests: they meet the global pipe, filter
 * and rate limit exactly as the app's own routes do.
 */
@Public()
@Controller('e2e-probe')
export class ProbeController {
  private readonly logger = new Logger(ProbeController.name);

  @Post()
  create(@Body() dto: ProbeDto): ProbeDto {
    return dto;
  }

  /** Logs its whole body, as careless code does: redaction keeps secrets out. */
  @Post('sign-in')
  @HttpCode(HttpStatus.NO_CONTENT)
  signIn(@Body() body: SignInProbeDto): void {
    this.logger.log({ body }, 'sign-in probe');
  }

  @Get('crash')
  crash(): never {
    throw new Error('connection to postgres://admin:s3cret@db:5432 refused');
  }
}
