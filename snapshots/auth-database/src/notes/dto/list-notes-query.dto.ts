import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../database/pagination';

/** Columns GET /notes can sort by. */
export const NOTE_SORT_FIELDS = ['createdAt', 'updatedAt'] as const;
export type NoteSortField = (typeof NOTE_SORT_FIELDS)[number];

/** Query of GET /notes: a page, its order, and equality filters. */
export class ListNotesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: NOTE_SORT_FIELDS, default: 'createdAt' })
  @IsIn(NOTE_SORT_FIELDS)
  sort: NoteSortField = 'createdAt';

  @IsOptional()
  @IsUUID()
  authorId?: string;
}
