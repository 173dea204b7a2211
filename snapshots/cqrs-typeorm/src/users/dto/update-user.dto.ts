import { Transform } from 'class-transformer';
import {
  IsDate,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { USER_ROLE_VALUES } from '../entities/user.entity';
import type { UserRole } from '../entities/user.entity';

/** The body of PATCH /users/:id: every property optional, the same rules. */
export class UpdateUserDto {
  @ValidateIf((_object, value) => value !== undefined)
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @ValidateIf((_object, value) => value !== undefined)
  @IsIn(USER_ROLE_VALUES)
  role?: UserRole;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? new Date(value) : value,
  )
  @IsDate()
  emailVerifiedAt?: Date | null;

  @IsOptional()
  @IsString()
  @MaxLength(80)
  displayName?: string | null;
}
