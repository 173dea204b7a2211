import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { PageQueryDto, sortValues, toBoolean } from '../../database/pagination';
import type { Sort } from '../../database/pagination';

/** Columns GET /tasks can sort by. */
export const TASK_SORT_FIELDS = ['createdAt', 'updatedAt', 'title'] as const;
export type TaskSortField = (typeof TASK_SORT_FIELDS)[number];

/**
 * Query of GET /tasks: a page, its order (`sort=createdAt&order=asc`, or
 * `sort=-createdAt` for descending), and equality filters.
 */
export class ListTasksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: sortValues(TASK_SORT_FIELDS),
    default: 'createdAt',
  })
  @IsIn(sortValues(TASK_SORT_FIELDS))
  sort: Sort<TaskSortField> = 'createdAt';

  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  done?: boolean;

  @IsOptional()
  @IsUUID()
  projectId?: string;
}
