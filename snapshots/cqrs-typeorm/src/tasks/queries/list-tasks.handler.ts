import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '../../database/pagination';
import { TaskResponse } from '../dto/task-response.dto';
import { TasksService } from '../tasks.service';
import { ListTasksQuery } from './list-tasks.query';

@QueryHandler(ListTasksQuery)
export class ListTasksHandler implements IQueryHandler<ListTasksQuery> {
  constructor(private readonly tasks: TasksService) {}

  execute(query: ListTasksQuery): Promise<Page<TaskResponse>> {
    return this.tasks.findAll(query.query);
  }
}
