import { IsString, MaxLength, ValidateIf } from 'class-validator';

/** The body of PATCH /warehouses/:id: every property optional, the same rules. */
export class UpdateWarehouseDto {
  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  @MaxLength(20)
  code?: string;

  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  @MaxLength(255)
  city?: string;
}
