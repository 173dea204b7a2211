import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandTransaction } from '../../cqrs/command-transaction';
import { TaskResponse } from '../dto/task-response.dto';
import { CACHE_TAG, TasksService } from '../tasks.service';
import { CreateTaskCommand } from './create-task.command';

@CommandHandler(CreateTaskCommand)
export class CreateTaskHandler implements ICommandHandler<CreateTaskCommand> {
  constructor(
    private readonly tasks: TasksService,
    private readonly transaction: CommandTransaction,
  ) {}

  execute(command: CreateTaskCommand): Promise<TaskResponse> {
    return this.transaction.run(
      'Task',
      [CACHE_TAG],
      () => this.tasks.create(command.dto),
      (task) => [{ id: task.id, type: 'TaskCreated', payload: { ...task } }],
    );
  }
}
