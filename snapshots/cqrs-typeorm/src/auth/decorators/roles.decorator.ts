import { SetMetadata } from '@nestjs/common';
import type { Role } from '../auth.types';

export const ROLES = 'auth:roles';

/** Only callers holding one of these roles may use the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);
