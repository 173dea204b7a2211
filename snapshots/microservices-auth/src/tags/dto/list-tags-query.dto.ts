import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto, sortValues } from '../../database/pagination';
import type { Sort } from '../../database/pagination';

/** Columns GET /tags can sort by. */
export const TAG_SORT_FIELDS = ['createdAt', 'updatedAt', 'label'] as const;
export type TagSortField = (typeof TAG_SORT_FIELDS)[number];

/**
 * Query of GET /tags: a page, its order (`sort=createdAt&order=asc`, or
 * `sort=-createdAt` for descending), and equality filters.
 */
export class ListTagsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: sortValues(TAG_SORT_FIELDS),
    default: 'createdAt',
  })
  @IsIn(sortValues(TAG_SORT_FIELDS))
  sort: Sort<TagSortField> = 'createdAt';

  @IsOptional()
  @IsString()
  @MaxLength(40)
  label?: string;
}
