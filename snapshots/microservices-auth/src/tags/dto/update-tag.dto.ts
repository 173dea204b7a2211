import { IsString, MaxLength, ValidateIf } from 'class-validator';

/** The body of PATCH /tags/:id: every property optional, the same rules. */
export class UpdateTagDto {
  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  @MaxLength(40)
  label?: string;
}
