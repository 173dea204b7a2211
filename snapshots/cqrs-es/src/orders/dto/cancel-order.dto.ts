import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Min, ValidateIf } from 'class-validator';

/** The body of CancelOrder. */
export class CancelOrderDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'The version the caller read: 409 when it has changed since',
  })
  @ValidateIf((_object, value) => value !== undefined)
  @IsInt()
  @Min(0)
  expectedVersion?: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  note?: string | null;
}
