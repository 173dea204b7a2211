import { Query } from '@nestjs/cqrs';
import { Page } from '../../database/pagination';
import { ListTasksQueryDto } from '../dto/list-tasks-query.dto';
import { TaskResponse } from '../dto/task-response.dto';

/**
 * ListTasks: TasksService.findAll(), the entity as its read model.
 */
export class ListTasksQuery extends Query<Page<TaskResponse>> {
  constructor(readonly query: ListTasksQueryDto) {
    super();
  }
}
