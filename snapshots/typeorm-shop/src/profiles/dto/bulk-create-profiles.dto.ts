import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  ValidateNested,
} from 'class-validator';
import { MAX_BULK_ITEMS } from '../../database/pagination';
import { CreateProfileDto } from './create-profile.dto';

/** The body of POST /profiles/bulk: created together or not at all. */
export class BulkCreateProfilesDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => CreateProfileDto)
  items: CreateProfileDto[];
}
