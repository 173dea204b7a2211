import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsISO8601,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

/** The body of PATCH /products/:id: every property optional, the same rules. */
export class UpdateProductDto {
  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  @MaxLength(255)
  sku?: string;

  @ValidateIf((_object, value) => value !== undefined)
  @Matches(/^-?\d{1,8}(\.\d{1,2})?$/, {
    message: '$property must be a decimal string (10,2)',
  })
  price?: string;

  @ApiPropertyOptional({ type: 'integer' })
  @ValidateIf((_object, value) => value !== undefined)
  @IsInt()
  @Min(-2147483648)
  @Max(2147483647)
  stock?: number;

  @IsOptional()
  @Matches(/^-?\d{1,18}$/, { message: '$property must be an integer string' })
  barcode?: string | null;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  weight?: number | null;

  @ValidateIf((_object, value) => value !== undefined)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^[1-9]\d{3}-\d{2}-\d{2}$/, {
    message: '$property must be a date (YYYY-MM-DD)',
  })
  releasedOn?: string | null;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? new Date(value) : value,
  )
  @IsDate()
  availableAt?: Date | null;

  @IsOptional()
  @IsUUID()
  supplierRef?: string | null;

  @IsOptional()
  @IsObject()
  attributes?: Record<string, unknown> | null;
}
