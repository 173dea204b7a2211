import { Profile } from '../entities/profile.entity';

/**
 * What the API returns for one Profile: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export interface ProfileResponse {
  id: string;
  bio: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toProfileResponse(profile: Profile): ProfileResponse {
  return {
    id: profile.id,
    bio: profile.bio,
    createdAt: profile.createdAt.toISOString(),
    updatedAt: profile.updatedAt.toISOString(),
  };
}
