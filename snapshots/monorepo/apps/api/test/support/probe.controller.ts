import { Body, Controller, Get, Post } from '@nestjs/common';
import { IsEmail, IsString, MaxLength } from 'class-validator';

export class ProbeDto {
  @IsEmail()
  email: string;

  @IsString()
  @MaxLength(200)
  name: string;
}

/**
 * Routes that exist only in the e2e tests: they meet the global pipe, filter
 * and rate limit exactly as the app's own routes do.
 */
@Controller('e2e-probe')
export class ProbeController {
  @Post()
  create(@Body() dto: ProbeDto): ProbeDto {
    return dto;
  }

  @Get('crash')
  crash(): never {
    throw new Error('connection to postgres://admin:s3cret@db:5432 refused');
  }
}
