/** A signed-in device: what a refresh token stands for. */
export interface SessionRecord {
  id: string;
  userId: string;
  device: string;
  secretHash: string;
  /** The secret the last rotation replaced: presenting it again is reuse. */
  previousSecretHash: string | null;
  /** When the secret last changed (ms since the epoch). */
  rotatedAt: number;
  expiresAt: number;
}

/**
 * What presenting a refresh secret did: `rotated` (it was the current one and
 * now is the previous), `concurrent` (the previous one, within the grace
 * window: another tab refreshed first), `reused` (the previous one, later: a
 * copied token, the session is ended), `invalid` (no such session or secret).
 */
export type RotationOutcome = 'rotated' | 'concurrent' | 'reused' | 'invalid';

export interface Rotation {
  presentedHash: string;
  nextHash: string;
  expiresAt: number;
  graceMs: number;
}

/**
 * Where sessions live: Redis when the project has it (shared by every
 * instance), the database otherwise. Every method is atomic on its own.
 */
export abstract class SessionStore {
  abstract create(session: SessionRecord): Promise<void>;

  abstract find(id: string): Promise<SessionRecord | null>;

  /** Swaps the secret only if `presentedHash` is the current one. */
  abstract rotate(id: string, rotation: Rotation): Promise<RotationOutcome>;

  abstract revoke(id: string): Promise<void>;

  /** Ends every session of the user but `keepSessionId`; returns how many. */
  abstract revokeAll(userId: string, keepSessionId?: string): Promise<number>;
}
