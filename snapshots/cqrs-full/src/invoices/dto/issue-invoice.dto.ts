import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsUUID } from 'class-validator';

/** The body of IssueInvoice. */
export class IssueInvoiceDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The new Invoice id (generated when absent)',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Fields recorded in the InvoiceIssued event',
  })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}
