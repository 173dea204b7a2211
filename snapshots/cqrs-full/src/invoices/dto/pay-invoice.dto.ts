import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsInt,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

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

  @ApiPropertyOptional({ maxLength: 120 })
  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  @MaxLength(120)
  customer?: string;

  @ApiPropertyOptional({ pattern: '^-?\\d{1,10}(\\.\\d{1,2})?$' })
  @ValidateIf((_object, value) => value !== undefined)
  @Matches(/^-?\d{1,10}(\.\d{1,2})?$/, {
    message: '$property must be a decimal string (12,2)',
  })
  total?: string;
}
