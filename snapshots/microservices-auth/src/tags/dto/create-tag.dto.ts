import { IsString, MaxLength } from 'class-validator';

/** The body of POST /tags. */
export class CreateTagDto {
  @IsString()
  @MaxLength(40)
  label: string;
}
