import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandTransaction } from '../../cqrs/command-transaction';
import { TaskResponse } from '../dto/task-response.dto';
import { CACHE_TAG, TasksService } from '../tasks.service';
import { UpdateTaskCommand } from './update-task.command';

@CommandHandler(UpdateTaskCommand)
export class UpdateTaskHandler implements ICommandHandler<UpdateTaskCommand> {
  constructor(
    private readonly tasks: TasksService,
    private readonly transaction: CommandTransaction,
  ) {}

  execute(command: UpdateTaskCommand): Promise<TaskResponse> {
    return this.transaction.run(
      'Task',
      [CACHE_TAG],
      () => this.tasks.update(command.id, command.dto),
      (task) => [{ id: task.id, type: 'TaskUpdated', payload: { ...task } }],
    );
  }
}
