import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../database/pagination';

/** Columns GET /customers can sort by. */
export const CUSTOMER_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'name',
  'email',
] as const;
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number];

/** Query of GET /customers: a page, its order, and equality filters. */
export class ListCustomersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CUSTOMER_SORT_FIELDS, default: 'createdAt' })
  @IsIn(CUSTOMER_SORT_FIELDS)
  sort: CustomerSortField = 'createdAt';

  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;

  @IsOptional()
  @IsString()
  @MaxLength(320)
  email?: string;
}
