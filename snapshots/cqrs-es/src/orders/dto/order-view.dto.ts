import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORDER_CHANNEL_VALUES } from '../order.aggregate';
import type { OrderChannel } from '../order.aggregate';

/** Order's fields in its read model (GET /orders). */
export class OrderDataDto {
  @ApiProperty({ maxLength: 120 })
  customer: string;

  @ApiProperty({ pattern: '^-?\\d{1,10}(\\.\\d{1,2})?$' })
  total: string;

  @ApiProperty({ enum: [...ORDER_CHANNEL_VALUES] })
  channel: OrderChannel;

  @ApiPropertyOptional({ nullable: true })
  note?: string | null;
}

/** Order's read model: the last event applied and the fields it holds. */
export class OrderViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  @ApiProperty({ description: 'The last event applied' })
  status: string;

  @ApiProperty({ type: OrderDataDto })
  data: OrderDataDto;

  @ApiProperty()
  updatedAt: Date;
}

/** One page of Order read models, with the total across all pages. */
export class OrderViewPageDto {
  @ApiProperty({ type: [OrderViewDto] })
  items: OrderViewDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  limit: number;
}
