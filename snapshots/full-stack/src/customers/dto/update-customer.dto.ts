import { IsString, MaxLength, ValidateIf } from 'class-validator';

/** The body of PATCH /customers/:id: every property optional, the same rules. */
export class UpdateCustomerDto {
  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  @MaxLength(120)
  name?: string;

  @ValidateIf((_object, value) => value !== undefined)
  @IsString()
  @MaxLength(320)
  email?: string;
}
