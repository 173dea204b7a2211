import { IsString, MaxLength } from 'class-validator';

/** The body of POST /customers. */
export class CreateCustomerDto {
  @IsString()
  @MaxLength(120)
  name: string;

  @IsString()
  @MaxLength(320)
  email: string;
}
