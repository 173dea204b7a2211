import { Page } from '../../database/pagination';
import { Profile } from '../entities/profile.entity';

/**
 * What the API returns for one Profile: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class ProfileResponse {
  id: string;
  bio: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One page of GET /profiles. */
export class ProfilePage implements Page<ProfileResponse> {
  items: ProfileResponse[];
  total: number;
  page: number;
  limit: number;
}

export function toProfileResponse(profile: Profile): ProfileResponse {
  return {
    id: profile.id,
    bio: profile.bio,
    createdAt: profile.createdAt.toISOString(),
    updatedAt: profile.updatedAt.toISOString(),
  };
}
