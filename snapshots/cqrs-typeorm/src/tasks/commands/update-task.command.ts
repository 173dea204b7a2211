import { Command } from '@nestjs/cqrs';
import { TaskResponse } from '../dto/task-response.dto';
import { UpdateTaskDto } from '../dto/update-task.dto';

/**
 * UpdateTask: TasksService.update() in a transaction that
 * appends TaskUpdated to the outbox.
 */
export class UpdateTaskCommand extends Command<TaskResponse> {
  constructor(
    readonly id: string,
    readonly dto: UpdateTaskDto,
  ) {
    super();
  }
}
