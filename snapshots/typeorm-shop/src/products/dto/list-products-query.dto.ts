import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../database/pagination';

/** Columns GET /products can sort by. */
export const PRODUCT_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'sku',
  'price',
] as const;
export type ProductSortField = (typeof PRODUCT_SORT_FIELDS)[number];

/** Query of GET /products: a page, its order, and equality filters. */
export class ListProductsQueryDto extends PageQueryDto {
  @IsIn(PRODUCT_SORT_FIELDS)
  sort: ProductSortField = 'createdAt';

  @IsOptional()
  @IsString()
  @MaxLength(255)
  sku?: string;
}
