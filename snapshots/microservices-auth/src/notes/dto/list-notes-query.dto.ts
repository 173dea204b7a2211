import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto, sortValues, toBoolean } from '../../database/pagination';
import type { Sort } from '../../database/pagination';

/** Columns GET /notes can sort by. */
export const NOTE_SORT_FIELDS = ['createdAt', 'updatedAt'] as const;
export type NoteSortField = (typeof NOTE_SORT_FIELDS)[number];

/**
 * Query of GET /notes: a page, its order (`sort=createdAt&order=asc`, or
 * `sort=-createdAt` for descending), and equality filters.
 */
export class ListNotesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: sortValues(NOTE_SORT_FIELDS),
    default: 'createdAt',
  })
  @IsIn(sortValues(NOTE_SORT_FIELDS))
  sort: Sort<NoteSortField> = 'createdAt';

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  pinned?: boolean;

  @IsOptional()
  @IsUUID()
  authorId?: string;
}
