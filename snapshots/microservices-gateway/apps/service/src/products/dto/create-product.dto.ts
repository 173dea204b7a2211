import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

/** The body of POST /products. */
export class CreateProductDto {
  @IsString()
  @MaxLength(255)
  name: string;

  @ApiProperty({ type: 'integer' })
  @IsInt()
  @Min(-2147483648)
  @Max(2147483647)
  price: number;
}
