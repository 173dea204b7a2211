import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto, sortValues } from '../../database/pagination';
import type { Sort } from '../../database/pagination';

/** Columns GET /products can sort by. */
export const PRODUCT_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'name',
  'price',
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
  name?: string;

  @ApiPropertyOptional({ type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(-2147483648)
  @Max(2147483647)
  price?: number;
}
