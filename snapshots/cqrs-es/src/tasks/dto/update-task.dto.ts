import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsISO8601,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { TASK_PRIORITY_VALUES } from '../entities/task.entity';
import type { TaskPriority } from '../entities/task.entity';

/** The body of PATCH /tasks/:id: every property optional, the same rules. */
export class UpdateTaskDto {
  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  @MaxLength(200)
  title?: string;

  @IsOptional()
  @IsString()
  notes?: string | null;

  @ValidateIf((_object, value) => value !== undefined)
  @IsIn(TASK_PRIORITY_VALUES)
  priority?: TaskPriority;

  @ValidateIf((_object, value) => value !== undefined)
  @IsBoolean()
  done?: boolean;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^[1-9]\d{3}-\d{2}-\d{2}$/, {
    message: '$property must be a date (YYYY-MM-DD)',
  })
  dueOn?: string | null;
}
