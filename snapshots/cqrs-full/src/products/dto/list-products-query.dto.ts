import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
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
  @MaxLength(120)
  name?: string;
}
