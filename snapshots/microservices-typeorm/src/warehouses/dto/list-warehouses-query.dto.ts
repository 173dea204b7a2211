import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto, sortValues } from '../../database/pagination';
import type { Sort } from '../../database/pagination';

/** Columns GET /warehouses can sort by. */
export const WAREHOUSE_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'code',
  'city',
] as const;
export type WarehouseSortField = (typeof WAREHOUSE_SORT_FIELDS)[number];

/**
 * Query of GET /warehouses: a page, its order (`sort=createdAt&order=asc`, or
 * `sort=-createdAt` for descending), and equality filters.
 */
export class ListWarehousesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: sortValues(WAREHOUSE_SORT_FIELDS),
    default: 'createdAt',
  })
  @IsIn(sortValues(WAREHOUSE_SORT_FIELDS))
  sort: Sort<WarehouseSortField> = 'createdAt';

  @IsOptional()
  @IsString()
  @MaxLength(20)
  code?: string;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  city?: string;
}
