import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsISO8601,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto, sortValues, toBoolean } from '../../database/pagination';
import type { Sort } from '../../database/pagination';

/** Columns GET /products can sort by. */
export const PRODUCT_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'sku',
  'price',
  'stock',
  'barcode',
  'weight',
  'releasedOn',
  'availableAt',
  'supplierRef',
] as const;
export type ProductSortField = (typeof PRODUCT_SORT_FIELDS)[number];

/**
 * Query of GET /products: a page, its order (`sort=createdAt&order=asc`, or
 * `sort=-createdAt` for descending), and equality filters.
 */
export class ListProductsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: sortValues(PRODUCT_SORT_FIELDS),
    default: 'createdAt',
  })
  @IsIn(sortValues(PRODUCT_SORT_FIELDS))
  sort: Sort<ProductSortField> = 'createdAt';

  @IsOptional()
  @IsString()
  @MaxLength(255)
  sku?: string;

  @ApiPropertyOptional({ type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(-2147483648)
  @Max(2147483647)
  stock?: number;

  @IsOptional()
  @Matches(/^-?\d{1,18}$/, { message: '$property must be an integer string' })
  barcode?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^[1-9]\d{3}-\d{2}-\d{2}$/, {
    message: '$property must be a date (YYYY-MM-DD)',
  })
  releasedOn?: string;

  @IsOptional()
  @IsUUID()
  supplierRef?: string;
}
