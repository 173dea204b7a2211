import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { PageQueryDto, sortValues } from '../../database/pagination';
import { USER_ROLE_VALUES } from '../entities/user.entity';
import type { Sort } from '../../database/pagination';
import type { UserRole } from '../entities/user.entity';

/** Columns GET /users can sort by. */
export const USER_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'email',
  'role',
  'emailVerifiedAt',
  'displayName',
] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];

/**
 * Query of GET /users: a page, its order (`sort=createdAt&order=asc`, or
 * `sort=-createdAt` for descending), and equality filters.
 */
export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: sortValues(USER_SORT_FIELDS),
    default: 'createdAt',
  })
  @IsIn(sortValues(USER_SORT_FIELDS))
  sort: Sort<UserSortField> = 'createdAt';

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @IsOptional()
  @IsIn(USER_ROLE_VALUES)
  role?: UserRole;

  @IsOptional()
  @IsString()
  @MaxLength(80)
  displayName?: string;
}
