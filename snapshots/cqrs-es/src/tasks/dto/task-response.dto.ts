import { Page } from '../../database/pagination';
import { Task, TaskPriority } from '../entities/task.entity';

/**
 * What the API returns for one Task: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class TaskResponse {
  id: string;
  title: string;
  notes: string | null;
  priority: TaskPriority;
  done: boolean;
  dueOn: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
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
    notes: task.notes,
    priority: task.priority,
    done: task.done,
    dueOn: task.dueOn,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
    deletedAt: task.deletedAt?.toISOString() ?? null,
  };
}
