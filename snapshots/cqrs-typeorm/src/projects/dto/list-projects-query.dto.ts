import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto, sortValues } from '../../database/pagination';
import type { Sort } from '../../database/pagination';

/** Columns GET /projects can sort by. */
export const PROJECT_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'name',
  'budget',
] as const;
export type ProjectSortField = (typeof PROJECT_SORT_FIELDS)[number];

/**
 * Query of GET /projects: a page, its order (`sort=createdAt&order=asc`, or
 * `sort=-createdAt` for descending), and equality filters.
 */
export class ListProjectsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: sortValues(PROJECT_SORT_FIELDS),
    default: 'createdAt',
  })
  @IsIn(sortValues(PROJECT_SORT_FIELDS))
  sort: Sort<ProjectSortField> = 'createdAt';

  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;

  @IsOptional()
  @IsUUID()
  ownerId?: string;
}
