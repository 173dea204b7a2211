import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TaskDetailResponse } from '../dto/task-response.dto';
import { TasksService } from '../tasks.service';
import { GetTaskQuery } from './get-task.query';

@QueryHandler(GetTaskQuery)
export class GetTaskHandler implements IQueryHandler<GetTaskQuery> {
  constructor(private readonly tasks: TasksService) {}

  execute(query: GetTaskQuery): Promise<TaskDetailResponse> {
    return this.tasks.findOne(query.id);
  }
}
