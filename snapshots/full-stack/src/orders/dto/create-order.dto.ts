import { IsIn, IsOptional, IsUUID, Matches, ValidateIf } from 'class-validator';
import { ORDER_STATUS_VALUES } from '../entities/order.entity';
import type { OrderStatus } from '../entities/order.entity';

/** The body of POST /orders. */
export class CreateOrderDto {
  @Matches(/^-?\d{1,10}(\.\d{1,2})?$/, {
    message: '$property must be a decimal string (12,2)',
  })
  total: string;

  @ValidateIf((_object, value) => value !== undefined)
  @IsIn(ORDER_STATUS_VALUES)
  status?: OrderStatus;

  @IsOptional()
  @IsUUID()
  customerId?: string | null;
}
