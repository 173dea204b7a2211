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

/** The body of POST /products. */
export class CreateProductDto {
  @IsString()
  @MaxLength(40)
  sku: string;

  @IsString()
  @MaxLength(255)
  title: string;

  @Matches(/^-?\d{1,8}(\.\d{1,2})?$/, {
    message: '$property must be a decimal string (10,2)',
  })
  price: string;

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

  @IsUUID()
  warehouseId: string;
}
