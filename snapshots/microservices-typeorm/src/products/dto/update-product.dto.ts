import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsDate,
  IsInt,
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
  @MaxLength(40)
  sku?: string;

  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  @MaxLength(255)
  title?: string;

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
  @IsObject()
  attributes?: Record<string, unknown> | null;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? new Date(value) : value,
  )
  @IsDate()
  restockedAt?: Date | null;

  @ValidateIf((_object, value) => value !== undefined)
  @IsUUID()
  warehouseId?: string;
}
