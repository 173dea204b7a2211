import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PageQueryDto } from '../../database/pagination';

/** Columns GET /profiles can sort by. */
export const PROFILE_SORT_FIELDS = ['createdAt', 'updatedAt'] as const;
export type ProfileSortField = (typeof PROFILE_SORT_FIELDS)[number];

/** Query of GET /profiles: a page, its order, and equality filters. */
export class ListProfilesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PROFILE_SORT_FIELDS, default: 'createdAt' })
  @IsIn(PROFILE_SORT_FIELDS)
  sort: ProfileSortField = 'createdAt';
}
