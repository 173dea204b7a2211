import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiProblems } from '../../openapi/api-problems.decorator';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';

/**
 * Who may call a route: anyone (`public`), any signed-in account (`member`),
 * the account that owns the rows it touches, admins seeing every row
 * (`owner`), or admins only (`admin`).
 */
export type AccessLevel = 'public' | 'member' | 'owner' | 'admin';

export const ACCESS = 'auth:access';

/**
 * Declares (and enforces, with the guards) who may call the route, and
 * documents the bearer token and the 401/403 answers it implies.
 */
export function Access(level: AccessLevel): MethodDecorator & ClassDecorator {
  const declared = SetMetadata(ACCESS, level);
  switch (level) {
    case 'public':
      return applyDecorators(declared, Public());
    case 'admin':
      return applyDecorators(
        declared,
        Roles('admin'),
        ApiBearerAuth(),
        ApiProblems(401, 403),
      );
    default:
      return applyDecorators(declared, ApiBearerAuth(), ApiProblems(401));
  }
}
