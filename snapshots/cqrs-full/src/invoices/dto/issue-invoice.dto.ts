import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsUUID, ValidateIf } from 'class-validator';

/** The body of IssueInvoice. */
export class IssueInvoiceDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The new Invoice id (generated when absent)',
  })
  @ValidateIf((_object, value) => value !== undefined)
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Fields recorded in the InvoiceIssued event',
  })
  @ValidateIf((_object, value) => value !== undefined)
  @IsObject()
  data?: Record<string, unknown>;
}
