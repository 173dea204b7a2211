import { ApiProperty } from '@nestjs/swagger';

/** Invoice's fields in its read model (GET /invoices). */
export class InvoiceDataDto {
  @ApiProperty({ maxLength: 120 })
  customer: string;

  @ApiProperty({ pattern: '^-?\\d{1,10}(\\.\\d{1,2})?$' })
  total: string;
}

/** Invoice's read model: the last event applied and the fields it holds. */
export class InvoiceViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  @ApiProperty({ description: 'The last event applied' })
  status: string;

  @ApiProperty({ type: InvoiceDataDto })
  data: InvoiceDataDto;

  @ApiProperty()
  updatedAt: Date;
}

/** One page of Invoice read models, with the total across all pages. */
export class InvoiceViewPageDto {
  @ApiProperty({ type: [InvoiceViewDto] })
  items: InvoiceViewDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  limit: number;
}
