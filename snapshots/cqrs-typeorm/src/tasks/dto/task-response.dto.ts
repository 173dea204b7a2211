import { Page } from '../../database/pagination';
import {
  ProjectResponse,
  toProjectResponse,
} from '../../projects/dto/project-response.dto';
import { Task } from '../entities/task.entity';

/**
 * What the API returns for one Task: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class TaskResponse {
  id: string;
  title: string;
  done: boolean;
  projectId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One page of GET /tasks. */
export class TaskPage implements Page<TaskResponse> {
  items: TaskResponse[];
  total: number;
  page: number;
  limit: number;
}

export function toTaskResponse(task: Task): TaskResponse {
  return {
    id: task.id,
    title: task.title,
    done: task.done,
    projectId: task.projectId,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}

/** GET /tasks/:id: the Task with its relations, loaded in the same query. */
export class TaskDetailResponse extends TaskResponse {
  project: ProjectResponse | null;
}

export function toTaskDetailResponse(task: Task): TaskDetailResponse {
  return {
    ...toTaskResponse(task),
    project: task.project ? toProjectResponse(task.project) : null,
  };
}
