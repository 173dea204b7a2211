import { IsString, Matches, MaxLength } from 'class-validator';

/** The body of POST /products. */
export class CreateProductDto {
  @IsString()
  @MaxLength(120)
  name: string;

  @Matches(/^-?\d{1,10}(\.\d{1,2})?$/, {
    message: '$property must be a decimal string (12,2)',
  })
  price: string;
}
