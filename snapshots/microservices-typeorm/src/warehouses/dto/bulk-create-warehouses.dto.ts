import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  ValidateNested,
} from 'class-validator';
import { MAX_BULK_ITEMS } from '../../database/pagination';
import { CreateWarehouseDto } from './create-warehouse.dto';

/** The body of POST /warehouses/bulk: created together or not at all. */
export class BulkCreateWarehousesDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => CreateWarehouseDto)
  items: CreateWarehouseDto[];
}
