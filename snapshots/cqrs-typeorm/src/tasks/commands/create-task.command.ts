import { Command } from '@nestjs/cqrs';
import { CreateTaskDto } from '../dto/create-task.dto';
import { TaskResponse } from '../dto/task-response.dto';

/**
 * CreateTask: TasksService.create() in a transaction that
 * appends TaskCreated to the outbox.
 */
export class CreateTaskCommand extends Command<TaskResponse> {
  constructor(readonly dto: CreateTaskDto) {
    super();
  }
}
