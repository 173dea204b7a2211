import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PAYMENT_METHOD_VALUES } from '../payment.aggregate';
import type { PaymentMethod } from '../payment.aggregate';

/** Payment's fields in its read model (GET /payments). */
export class PaymentDataDto {
  @ApiPropertyOptional({ enum: [...PAYMENT_METHOD_VALUES], nullable: true })
  method?: PaymentMethod | null;

  @ApiPropertyOptional({
    format: 'date',
    pattern: '^[1-9]\\d{3}-\\d{2}-\\d{2}$',
    nullable: true,
  })
  paidOn?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  reference?: string | null;
}

/** Payment's read model: the last event applied and the fields it holds. */
export class PaymentViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  @ApiProperty({ description: 'The last event applied' })
  status: string;

  @ApiProperty({ type: PaymentDataDto })
  data: PaymentDataDto;

  @ApiProperty()
  updatedAt: Date;
}

/** One page of Payment read models, with the total across all pages. */
export class PaymentViewPageDto {
  @ApiProperty({ type: [PaymentViewDto] })
  items: PaymentViewDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  limit: number;
}
