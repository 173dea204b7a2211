import { IsString, MaxLength } from 'class-validator';

/** The body of POST /warehouses. */
export class CreateWarehouseDto {
  @IsString()
  @MaxLength(20)
  code: string;

  @IsString()
  @MaxLength(255)
  city: string;
}
