import {
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';

/** The body of PATCH /tasks/:id: every property optional, the same rules. */
export class UpdateTaskDto {
  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  @MaxLength(200)
  title?: string;

  @ValidateIf((_object, value) => value !== undefined)
  @IsBoolean()
  done?: boolean;

  @IsOptional()
  @IsUUID()
  projectId?: string | null;
}
