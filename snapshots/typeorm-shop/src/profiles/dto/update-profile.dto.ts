import { IsOptional, IsString } from 'class-validator';

/** The body of PATCH /profiles/:id: every property optional, the same rules. */
export class UpdateProfileDto {
  @IsOptional()
  @IsString()
  bio?: string | null;
}
