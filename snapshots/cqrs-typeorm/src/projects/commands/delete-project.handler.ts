import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandTransaction } from '../../cqrs/command-transaction';
import { CACHE_TAG, ProjectsService } from '../projects.service';
import { DeleteProjectCommand } from './delete-project.command';

@CommandHandler(DeleteProjectCommand)
export class DeleteProjectHandler implements ICommandHandler<DeleteProjectCommand> {
  constructor(
    private readonly projects: ProjectsService,
    private readonly transaction: CommandTransaction,
  ) {}

  execute(command: DeleteProjectCommand): Promise<void> {
    return this.transaction.run(
      'Project',
      [CACHE_TAG],
      () => this.projects.remove(command.id, command.ownerId),
      () => [
        { id: command.id, type: 'ProjectDeleted', payload: { id: command.id } },
      ],
    );
  }
}
