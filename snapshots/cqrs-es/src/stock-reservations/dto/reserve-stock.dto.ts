import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsUUID } from 'class-validator';

/** The body of ReserveStock. */
export class ReserveStockDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The new StockReservation id (generated when absent)',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Fields recorded in the StockReservationRequested event',
  })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}
