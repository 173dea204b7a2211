import { Page } from '../../database/pagination';
import {
  TaskResponse,
  toTaskResponse,
} from '../../tasks/dto/task-response.dto';
import {
  UserPublicResponse,
  toUserPublicResponse,
} from '../../users/dto/user-response.dto';
import { Project } from '../entities/project.entity';

/**
 * What the API returns for one Project: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class ProjectResponse {
  id: string;
  name: string;
  budget: string | null;
  ownerId: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** One page of GET /projects. */
export class ProjectPage implements Page<ProjectResponse> {
  items: ProjectResponse[];
  total: number;
  page: number;
  limit: number;
}

export function toProjectResponse(project: Project): ProjectResponse {
  return {
    id: project.id,
    name: project.name,
    budget: project.budget,
    ownerId: project.ownerId,
    createdAt: project.createdAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
    deletedAt: project.deletedAt?.toISOString() ?? null,
  };
}

/** GET /projects/:id: the Project with its relations, loaded in the same query. */
export class ProjectDetailResponse extends ProjectResponse {
  owner: UserPublicResponse | null;
  tasks: TaskResponse[];
}

export function toProjectDetailResponse(
  project: Project,
): ProjectDetailResponse {
  return {
    ...toProjectResponse(project),
    owner: project.owner ? toUserPublicResponse(project.owner) : null,
    tasks: project.tasks.map((item) => toTaskResponse(item)),
  };
}
