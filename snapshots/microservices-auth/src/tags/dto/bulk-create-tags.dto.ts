import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  ValidateNested,
} from 'class-validator';
import { MAX_BULK_ITEMS } from '../../database/pagination';
import { CreateTagDto } from './create-tag.dto';

/** The body of POST /tags/bulk: created together or not at all. */
export class BulkCreateTagsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => CreateTagDto)
  items: CreateTagDto[];
}
