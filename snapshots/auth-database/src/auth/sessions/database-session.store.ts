import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { AuthSession } from '../../auth-sessions/entities/auth-session.entity';
import { SessionRecord, SessionStore } from './session-store';

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
    await this.sessions.insert({
      ...session,
      expiresAt: new Date(session.expiresAt),
    });
  }

  async find(id: string): Promise<SessionRecord | null> {
    const row = await this.sessions.findOneBy({ id });
    return row ? { ...row, expiresAt: row.expiresAt.getTime() } : null;
  }

  async rotate(
    id: string,
    expectedHash: string,
    next: Pick<SessionRecord, 'secretHash' | 'expiresAt'>,
  ): Promise<boolean> {
    // One conditional UPDATE: of two refreshes racing, only one matches.
    const result = await this.sessions.update(
      { id, secretHash: expectedHash },
      { secretHash: next.secretHash, expiresAt: new Date(next.expiresAt) },
    );
    return result.affected === 1;
  }

  async revoke(id: string): Promise<void> {
    await this.sessions.delete({ id });
  }

  async revokeAll(userId: string): Promise<number> {
    return (await this.sessions.delete({ userId })).affected ?? 0;
  }
}
