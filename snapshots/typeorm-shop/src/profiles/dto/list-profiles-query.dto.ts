import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PageQueryDto, sortValues } from '../../database/pagination';
import type { Sort } from '../../database/pagination';

/** Columns GET /profiles can sort by. */
export const PROFILE_SORT_FIELDS = ['createdAt', 'updatedAt'] as const;
export type ProfileSortField = (typeof PROFILE_SORT_FIELDS)[number];

/**
 * Query of GET /profiles: a page, its order (`sort=createdAt&order=asc`, or
 * `sort=-createdAt` for descending), and equality filters.
 */
export class ListProfilesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: sortValues(PROFILE_SORT_FIELDS),
    default: 'createdAt',
  })
  @IsIn(sortValues(PROFILE_SORT_FIELDS))
  sort: Sort<ProfileSortField> = 'createdAt';
}
