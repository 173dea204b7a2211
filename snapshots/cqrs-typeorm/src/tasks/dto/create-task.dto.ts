import {
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';

/** The body of POST /tasks. */
export class CreateTaskDto {
  @IsString()
  @MaxLength(200)
  title: string;

  @ValidateIf((_object, value) => value !== undefined)
  @IsBoolean()
  done?: boolean;

  @IsOptional()
  @IsUUID()
  projectId?: string | null;
}
