/** A signed-in device: what a refresh token stands for. */
export interface SessionRecord {
  id: string;
  userId: string;
  device: string;
  secretHash: string;
  expiresAt: number;
}

/**
 * Where sessions live: Redis when the project has it (shared by every
 * instance), the database otherwise. Every method is atomic on its own.
 */
export abstract class SessionStore {
  abstract create(session: SessionRecord): Promise<void>;

  abstract find(id: string): Promise<SessionRecord | null>;

  /** Swaps the secret only if it is still `expectedHash` (refresh rotation). */
  abstract rotate(
    id: string,
    expectedHash: string,
    next: Pick<SessionRecord, 'secretHash' | 'expiresAt'>,
  ): Promise<boolean>;

  abstract revoke(id: string): Promise<void>;

  abstract revokeAll(userId: string): Promise<number>;

  async isActive(id: string): Promise<boolean> {
    const session = await this.find(id);
    return session !== null && session.expiresAt > Date.now();
  }
}
