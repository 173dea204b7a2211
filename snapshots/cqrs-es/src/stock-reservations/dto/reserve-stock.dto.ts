import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

/** The body of ReserveStock. */
export class ReserveStockDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The new StockReservation id (generated when absent)',
  })
  @ValidateIf((_object, value) => value !== undefined)
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({ maxLength: 40, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  warehouse?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: -2147483648,
    maximum: 2147483647,
    nullable: true,
  })
  @IsOptional()
  @IsInt()
  @Min(-2147483648)
  @Max(2147483647)
  quantity?: number | null;
}
