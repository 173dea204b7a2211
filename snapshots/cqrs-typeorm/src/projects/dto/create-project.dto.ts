import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The body of POST /projects. */
export class CreateProjectDto {
  @IsString()
  @MaxLength(120)
  name: string;

  @IsOptional()
  @Matches(/^-?\d{1,10}(\.\d{1,2})?$/, {
    message: '$property must be a decimal string (12,2)',
  })
  budget?: string | null;
}
