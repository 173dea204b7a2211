import { IsString, Matches, MaxLength } from 'class-validator';

/** The body of POST /products. */
export class CreateProductDto {
  @IsString()
  @MaxLength(255)
  sku: string;

  @Matches(/^-?\d{1,8}(\.\d{1,2})?$/, {
    message: '$property must be a decimal string (10,2)',
  })
  price: string;
}
