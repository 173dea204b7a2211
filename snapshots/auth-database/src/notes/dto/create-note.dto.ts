import { IsOptional, IsString, IsUUID } from 'class-validator';

/** The body of POST /notes. */
export class CreateNoteDto {
  @IsString()
  body: string;

  @IsOptional()
  @IsUUID()
  authorId?: string | null;
}
