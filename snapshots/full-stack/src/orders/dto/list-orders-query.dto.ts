import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../database/pagination';
import { ORDER_STATUS_VALUES } from '../entities/order.entity';
import type { OrderStatus } from '../entities/order.entity';

/** Columns GET /orders can sort by. */
export const ORDER_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'total',
  'status',
] as const;
export type OrderSortField = (typeof ORDER_SORT_FIELDS)[number];

/** Query of GET /orders: a page, its order, and equality filters. */
export class ListOrdersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ORDER_SORT_FIELDS, default: 'createdAt' })
  @IsIn(ORDER_SORT_FIELDS)
  sort: OrderSortField = 'createdAt';

  @IsOptional()
  @IsIn(ORDER_STATUS_VALUES)
  status?: OrderStatus;

  @IsOptional()
  @IsUUID()
  customerId?: string;
}
