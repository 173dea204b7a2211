import { Query } from '@nestjs/cqrs';
import { TaskDetailResponse } from '../dto/task-response.dto';

/**
 * GetTask: TasksService.findOne(), the entity as its read model.
 */
export class GetTaskQuery extends Query<TaskDetailResponse> {
  constructor(readonly id: string) {
    super();
  }
}
