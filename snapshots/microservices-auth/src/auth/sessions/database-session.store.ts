import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Not, Repository } from 'typeorm';
import { AuthSession } from '../../auth-sessions/entities/auth-session.entity';
import {
  Rotation,
  RotationOutcome,
  SessionRecord,
  SessionStore,
} from './session-store';

/** Sessions in the auth_sessions table (add redis-cache to keep them in Redis). */
@Injectable()
export class DatabaseSessionStore extends SessionStore {
  constructor(
    @InjectRepository(AuthSession)
    private readonly sessions: Repository<AuthSession>,
  ) {
    super();
  }

  async create(session: SessionRecord): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
    await this.sessions.insert(toRow(session));
  }

  async find(id: string): Promise<SessionRecord | null> {
    const row = await this.sessions.findOneBy({ id });
    return row ? toRecord(row) : null;
  }

  async rotate(id: string, rotation: Rotation): Promise<RotationOutcome> {
    const now = new Date();
    // One conditional UPDATE: of two refreshes racing, only one matches.
    const result = await this.sessions.update(
      { id, secretHash: rotation.presentedHash },
      {
        previousSecretHash: rotation.presentedHash,
        secretHash: rotation.nextHash,
        rotatedAt: now,
        expiresAt: new Date(rotation.expiresAt),
      },
    );
    if (result.affected === 1) {
      return 'rotated';
    }
    const session = await this.find(id);
    if (!session || session.previousSecretHash !== rotation.presentedHash) {
      return 'invalid';
    }
    return now.getTime() - session.rotatedAt <= rotation.graceMs
      ? 'concurrent'
      : 'reused';
  }

  async revoke(id: string): Promise<void> {
    await this.sessions.delete({ id });
  }

  async revokeAll(userId: string, keepSessionId?: string): Promise<number> {
    const result = await this.sessions.delete(
      keepSessionId ? { userId, id: Not(keepSessionId) } : { userId },
    );
    return result.affected ?? 0;
  }
}

function toRow(session: SessionRecord): AuthSession {
  return Object.assign(new AuthSession(), {
    ...session,
    rotatedAt: new Date(session.rotatedAt),
    expiresAt: new Date(session.expiresAt),
  });
}

function toRecord(row: AuthSession): SessionRecord {
  return {
    id: row.id,
    userId: row.userId,
    device: row.device,
    secretHash: row.secretHash,
    previousSecretHash: row.previousSecretHash,
    rotatedAt: row.rotatedAt.getTime(),
    expiresAt: row.expiresAt.getTime(),
  };
}
