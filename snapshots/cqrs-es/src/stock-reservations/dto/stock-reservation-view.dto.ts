import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** StockReservation's fields in its read model (GET /stock-reservations). */
export class StockReservationDataDto {
  @ApiPropertyOptional({ maxLength: 40, nullable: true })
  warehouse?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: -2147483648,
    maximum: 2147483647,
    nullable: true,
  })
  quantity?: number | null;
}

/** StockReservation's read model: the last event applied and the fields it holds. */
export class StockReservationViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  @ApiProperty({ description: 'The last event applied' })
  status: string;

  @ApiProperty({ type: StockReservationDataDto })
  data: StockReservationDataDto;

  @ApiProperty()
  updatedAt: Date;
}

/** One page of StockReservation read models, with the total across all pages. */
export class StockReservationViewPageDto {
  @ApiProperty({ type: [StockReservationViewDto] })
  items: StockReservationViewDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  limit: number;
}
