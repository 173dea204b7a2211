import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsISO8601,
  IsIn,
  IsOptional,
  IsUUID,
  Matches,
  ValidateIf,
} from 'class-validator';
import { PAYMENT_METHOD_VALUES } from '../payment.aggregate';
import type { PaymentMethod } from '../payment.aggregate';

/** The body of CreatePayment. */
export class CreatePaymentDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The new Payment id (generated when absent)',
  })
  @ValidateIf((_object, value) => value !== undefined)
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({ enum: [...PAYMENT_METHOD_VALUES], nullable: true })
  @IsOptional()
  @IsIn(PAYMENT_METHOD_VALUES)
  method?: PaymentMethod | null;

  @ApiPropertyOptional({
    format: 'date',
    pattern: '^[1-9]\\d{3}-\\d{2}-\\d{2}$',
    nullable: true,
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^[1-9]\d{3}-\d{2}-\d{2}$/, {
    message: '$property must be a date (YYYY-MM-DD)',
  })
  paidOn?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  reference?: string | null;
}
