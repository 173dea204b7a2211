import { Page } from '../../database/pagination';
import { Tag } from '../entities/tag.entity';

/**
 * What the API returns for one Tag: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class TagResponse {
  id: string;
  label: string;
  createdAt: string;
  updatedAt: string;
}

/** One page of GET /tags. */
export class TagPage implements Page<TagResponse> {
  items: TagResponse[];
  total: number;
  page: number;
  limit: number;
}

export function toTagResponse(tag: Tag): TagResponse {
  return {
    id: tag.id,
    label: tag.label,
    createdAt: tag.createdAt.toISOString(),
    updatedAt: tag.updatedAt.toISOString(),
  };
}
