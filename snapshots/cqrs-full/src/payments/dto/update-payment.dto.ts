import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsISO8601,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Min,
  ValidateIf,
} from 'class-validator';
import { PAYMENT_METHOD_VALUES } from '../payment.aggregate';
import type { PaymentMethod } from '../payment.aggregate';

/** The body of UpdatePayment. */
export class UpdatePaymentDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'The version the caller read: 409 when it has changed since',
  })
  @ValidateIf((_object, value) => value !== undefined)
  @IsInt()
  @Min(0)
  expectedVersion?: number;

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
