import { IsString } from 'class-validator';

/** The body of POST /notes. */
export class CreateNoteDto {
  @IsString()
  body: string;
}
