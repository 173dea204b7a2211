import { IsOptional, IsString } from 'class-validator';

/** The body of POST /profiles. */
export class CreateProfileDto {
  @IsOptional()
  @IsString()
  bio?: string | null;
}
