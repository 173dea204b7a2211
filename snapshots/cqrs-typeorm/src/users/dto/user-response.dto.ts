import { Page } from '../../database/pagination';
import { User, UserRole } from '../entities/user.entity';

/**
 * What the API returns for one User: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class UserResponse {
  id: string;
  email: string;
  role: UserRole;
  emailVerifiedAt: string | null;
  displayName: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One page of GET /users. */
export class UserPage implements Page<UserResponse> {
  items: UserResponse[];
  total: number;
  page: number;
  limit: number;
}

export function toUserResponse(user: User): UserResponse {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
    displayName: user.displayName,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

/**
 * The User as other members see it (say, as the author of their rows): its id
 * and display fields, never its email, role or password hash.
 */
export class UserPublicResponse {
  id: string;
  displayName: string | null;
}

export function toUserPublicResponse(user: User): UserPublicResponse {
  return {
    id: user.id,
    displayName: user.displayName,
  };
}
