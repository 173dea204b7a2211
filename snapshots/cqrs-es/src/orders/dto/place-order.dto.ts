import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsUUID } from 'class-validator';

/** The body of PlaceOrder. */
export class PlaceOrderDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The new Order id (generated when absent)',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Fields recorded in the OrderPlaced event',
  })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}
