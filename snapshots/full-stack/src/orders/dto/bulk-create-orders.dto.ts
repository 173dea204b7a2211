import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  ValidateNested,
} from 'class-validator';
import { MAX_BULK_ITEMS } from '../../database/pagination';
import { CreateOrderDto } from './create-order.dto';

/** The body of POST /orders/bulk: created together or not at all. */
export class BulkCreateOrdersDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => CreateOrderDto)
  items: CreateOrderDto[];
}
