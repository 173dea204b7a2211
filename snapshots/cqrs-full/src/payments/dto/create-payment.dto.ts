import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsUUID } from 'class-validator';

/** The body of CreatePayment. */
export class CreatePaymentDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The new Payment id (generated when absent)',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Fields recorded in the PaymentCreated event',
  })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}
