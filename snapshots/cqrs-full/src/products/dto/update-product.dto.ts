import { IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/** The body of PATCH /products/:id: every property optional, the same rules. */
export class UpdateProductDto {
  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  @MaxLength(120)
  name?: string;

  @ValidateIf((_object, value) => value !== undefined)
  @Matches(/^-?\d{1,10}(\.\d{1,2})?$/, {
    message: '$property must be a decimal string (12,2)',
  })
  price?: string;
}
