import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, Min } from 'class-validator';

/** The body of PayInvoice. */
export class PayInvoiceDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'The version the caller read: 409 when it has changed since',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Fields recorded in the InvoicePaid event',
  })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}
