import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { ORDER_CHANNEL_VALUES } from '../order.aggregate';
import type { OrderChannel } from '../order.aggregate';

/** The body of PlaceOrder. */
export class PlaceOrderDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The new Order id (generated when absent)',
  })
  @ValidateIf((_object, value) => value !== undefined)
  @IsUUID()
  id?: string;

  @ApiProperty({ maxLength: 120 })
  @IsString()
  @MaxLength(120)
  customer: string;

  @ApiProperty({ pattern: '^-?\\d{1,10}(\\.\\d{1,2})?$' })
  @Matches(/^-?\d{1,10}(\.\d{1,2})?$/, {
    message: '$property must be a decimal string (12,2)',
  })
  total: string;

  @ApiProperty({ enum: [...ORDER_CHANNEL_VALUES] })
  @IsIn(ORDER_CHANNEL_VALUES)
  channel: OrderChannel;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  note?: string | null;
}
