import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsUUID,
  Matches,
  ValidateIf,
} from 'class-validator';

/** The body of PATCH /orders/:id: every property optional, the same rules. */
export class UpdateOrderDto {
  @ValidateIf((_object, value) => value !== undefined)
  @Matches(/^-?\d{1,10}(\.\d{1,2})?$/, {
    message: '$property must be a decimal string (12,2)',
  })
  total?: string;

  @IsOptional()
  @IsUUID()
  customerId?: string | null;

  @ValidateIf((_object, value) => value !== undefined)
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  productIds?: string[];
}
