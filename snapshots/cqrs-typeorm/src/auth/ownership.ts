import type { AuthenticatedUser } from './auth.types';

/**
 * The owner whose rows the caller may touch: their own id, or undefined for
 * an admin, who sees every row.
 */
export function ownerScope(caller: AuthenticatedUser): string | undefined {
  return caller.role === 'admin' ? undefined : caller.id;
}
