import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandTransaction } from '../../cqrs/command-transaction';
import { TaskResponse } from '../dto/task-response.dto';
import { CACHE_TAG, TasksService } from '../tasks.service';
import { BulkCreateTasksCommand } from './bulk-create-tasks.command';

@CommandHandler(BulkCreateTasksCommand)
export class BulkCreateTasksHandler implements ICommandHandler<BulkCreateTasksCommand> {
  constructor(
    private readonly tasks: TasksService,
    private readonly transaction: CommandTransaction,
  ) {}

  execute(command: BulkCreateTasksCommand): Promise<TaskResponse[]> {
    return this.transaction.run(
      'Task',
      [CACHE_TAG],
      () => this.tasks.createMany(command.dto),
      (created) =>
        created.map((task) => ({
          id: task.id,
          type: 'TaskCreated',
          payload: { ...task },
        })),
    );
  }
}
