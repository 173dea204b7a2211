import { Command } from '@nestjs/cqrs';
import { BulkCreateTasksDto } from '../dto/bulk-create-tasks.dto';
import { TaskResponse } from '../dto/task-response.dto';

/**
 * BulkCreateTasks: TasksService.createMany() in a transaction that
 * appends TaskCreated to the outbox (one per item).
 */
export class BulkCreateTasksCommand extends Command<TaskResponse[]> {
  constructor(readonly dto: BulkCreateTasksDto) {
    super();
  }
}
