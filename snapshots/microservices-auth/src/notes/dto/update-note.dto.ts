import { IsBoolean, IsString, ValidateIf } from 'class-validator';

/** The body of PATCH /notes/:id: every property optional, the same rules. */
export class UpdateNoteDto {
  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  body?: string;

  @ValidateIf((_object, value) => value !== undefined)
  @IsBoolean()
  pinned?: boolean;
}
