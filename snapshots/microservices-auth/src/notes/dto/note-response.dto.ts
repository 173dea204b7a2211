import { Page } from '../../database/pagination';
import {
  UserPublicResponse,
  toUserPublicResponse,
} from '../../users/dto/user-response.dto';
import { Note } from '../entities/note.entity';

/**
 * What the API returns for one Note: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class NoteResponse {
  id: string;
  body: string;
  pinned: boolean;
  authorId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One page of GET /notes. */
export class NotePage implements Page<NoteResponse> {
  items: NoteResponse[];
  total: number;
  page: number;
  limit: number;
}

export function toNoteResponse(note: Note): NoteResponse {
  return {
    id: note.id,
    body: note.body,
    pinned: note.pinned,
    authorId: note.authorId,
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
  };
}

/** GET /notes/:id: the Note with its relations, loaded in the same query. */
export class NoteDetailResponse extends NoteResponse {
  author: UserPublicResponse | null;
}

export function toNoteDetailResponse(note: Note): NoteDetailResponse {
  return {
    ...toNoteResponse(note),
    author: note.author ? toUserPublicResponse(note.author) : null,
  };
}
