import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto, sortValues } from '../../database/pagination';
import { ORDER_STATUS_VALUES } from '../entities/order.entity';
import type { Sort } from '../../database/pagination';
import type { OrderStatus } from '../entities/order.entity';

/** Columns GET /orders can sort by. */
export const ORDER_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'total',
  'status',
] as const;
export type OrderSortField = (typeof ORDER_SORT_FIELDS)[number];

/**
 * Query of GET /orders: a page, its order (`sort=createdAt&order=asc`, or
 * `sort=-createdAt` for descending), and equality filters.
 */
export class ListOrdersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: sortValues(ORDER_SORT_FIELDS),
    default: 'createdAt',
  })
  @IsIn(sortValues(ORDER_SORT_FIELDS))
  sort: Sort<OrderSortField> = 'createdAt';

  @IsOptional()
  @IsIn(ORDER_STATUS_VALUES)
  status?: OrderStatus;

  @IsOptional()
  @IsUUID()
  customerId?: string;
}
