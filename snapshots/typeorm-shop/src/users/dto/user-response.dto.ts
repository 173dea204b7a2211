import { Page } from '../../database/pagination';
import {
  OrderResponse,
  toOrderResponse,
} from '../../orders/dto/order-response.dto';
import {
  ProfileResponse,
  toProfileResponse,
} from '../../profiles/dto/profile-response.dto';
import { User, UserRole } from '../entities/user.entity';

/**
 * What the API returns for one User: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class UserResponse {
  id: string;
  email: string;
  displayName: string | null;
  role: UserRole;
  profileId: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
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
    displayName: user.displayName,
    role: user.role,
    profileId: user.profileId,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    deletedAt: user.deletedAt?.toISOString() ?? null,
  };
}

/** GET /users/:id: the User with its relations, loaded in the same query. */
export class UserDetailResponse extends UserResponse {
  orders: OrderResponse[];
  profile: ProfileResponse | null;
}

export function toUserDetailResponse(user: User): UserDetailResponse {
  return {
    ...toUserResponse(user),
    orders: user.orders.map((item) => toOrderResponse(item)),
    profile: user.profile ? toProfileResponse(user.profile) : null,
  };
}
