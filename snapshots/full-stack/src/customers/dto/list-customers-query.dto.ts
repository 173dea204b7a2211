import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto, sortValues } from '../../database/pagination';
import type { Sort } from '../../database/pagination';

/** Columns GET /customers can sort by. */
export const CUSTOMER_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'name',
  'email',
] as const;
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number];

/**
 * Query of GET /customers: a page, its order (`sort=createdAt&order=asc`, or
 * `sort=-createdAt` for descending), and equality filters.
 */
export class ListCustomersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: sortValues(CUSTOMER_SORT_FIELDS),
    default: 'createdAt',
  })
  @IsIn(sortValues(CUSTOMER_SORT_FIELDS))
  sort: Sort<CustomerSortField> = 'createdAt';

  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;

  @IsOptional()
  @IsString()
  @MaxLength(320)
  email?: string;
}
