import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

/** The body of IssueInvoice. */
export class IssueInvoiceDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The new Invoice id (generated when absent)',
  })
  @ValidateIf((_object, value) => value !== undefined)
  @IsUUID()
  id?: string;

  @ApiProperty({ maxLength: 120 })
  @IsString()
  @MaxLength(120)
  customer: string;

  @ApiProperty({ pattern: '^-?\\d{1,10}(\\.\\d{1,2})?$' })
  @Matches(/^-?\d{1,10}(\.\d{1,2})?$/, {
    message: '$property must be a decimal string (12,2)',
  })
  total: string;
}
