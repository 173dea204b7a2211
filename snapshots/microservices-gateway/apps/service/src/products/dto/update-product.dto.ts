import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

/** The body of PATCH /products/:id: every property optional, the same rules. */
export class UpdateProductDto {
  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  @MaxLength(255)
  name?: string;

  @ApiPropertyOptional({ type: 'integer' })
  @ValidateIf((_object, value) => value !== undefined)
  @IsInt()
  @Min(-2147483648)
  @Max(2147483647)
  price?: number;
}
