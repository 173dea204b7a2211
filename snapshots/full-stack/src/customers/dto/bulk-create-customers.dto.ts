import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  ValidateNested,
} from 'class-validator';
import { MAX_BULK_ITEMS } from '../../database/pagination';
import { CreateCustomerDto } from './create-customer.dto';

/** The body of POST /customers/bulk: created together or not at all. */
export class BulkCreateCustomersDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => CreateCustomerDto)
  items: CreateCustomerDto[];
}
