import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, Min, ValidateIf } from 'class-validator';

/** The body of PayInvoice. */
export class PayInvoiceDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'The version the caller read: 409 when it has changed since',
  })
  @ValidateIf((_object, value) => value !== undefined)
  @IsInt()
  @Min(0)
  expectedVersion?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Fields recorded in the InvoicePaid event',
  })
  @ValidateIf((_object, value) => value !== undefined)
  @IsObject()
  data?: Record<string, unknown>;
}
