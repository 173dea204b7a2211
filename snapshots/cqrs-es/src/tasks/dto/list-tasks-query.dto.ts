import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsISO8601,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageQueryDto, sortValues, toBoolean } from '../../database/pagination';
import { TASK_PRIORITY_VALUES } from '../entities/task.entity';
import type { Sort } from '../../database/pagination';
import type { TaskPriority } from '../entities/task.entity';

/** Columns GET /tasks can sort by. */
export const TASK_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'title',
  'priority',
  'dueOn',
] as const;
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
  @IsIn(TASK_PRIORITY_VALUES)
  priority?: TaskPriority;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  done?: boolean;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^[1-9]\d{3}-\d{2}-\d{2}$/, {
    message: '$property must be a date (YYYY-MM-DD)',
  })
  dueOn?: string;
}
