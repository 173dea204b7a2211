import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandTransaction } from '../../cqrs/command-transaction';
import { CACHE_TAG, TasksService } from '../tasks.service';
import { DeleteTaskCommand } from './delete-task.command';

@CommandHandler(DeleteTaskCommand)
export class DeleteTaskHandler implements ICommandHandler<DeleteTaskCommand> {
  constructor(
    private readonly tasks: TasksService,
    private readonly transaction: CommandTransaction,
  ) {}

  execute(command: DeleteTaskCommand): Promise<void> {
    return this.transaction.run(
      'Task',
      [CACHE_TAG],
      () => this.tasks.remove(command.id),
      () => [
        { id: command.id, type: 'TaskDeleted', payload: { id: command.id } },
      ],
    );
  }
}
