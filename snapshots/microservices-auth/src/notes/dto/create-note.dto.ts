import { IsBoolean, IsString, ValidateIf } from 'class-validator';

/** The body of POST /notes. */
export class CreateNoteDto {
  @IsString()
  body: string;

  @ValidateIf((_object, value) => value !== undefined)
  @IsBoolean()
  pinned?: boolean;
}
