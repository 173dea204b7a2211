import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandTransaction } from '../../cqrs/command-transaction';
import { ProjectDetailResponse } from '../dto/project-response.dto';
import { CACHE_TAG, ProjectsService } from '../projects.service';
import { RestoreProjectCommand } from './restore-project.command';

@CommandHandler(RestoreProjectCommand)
export class RestoreProjectHandler implements ICommandHandler<RestoreProjectCommand> {
  constructor(
    private readonly projects: ProjectsService,
    private readonly transaction: CommandTransaction,
  ) {}

  execute(command: RestoreProjectCommand): Promise<ProjectDetailResponse> {
    return this.transaction.run(
      'Project',
      [CACHE_TAG],
      () => this.projects.restore(command.id, command.ownerId),
      (project) => [
        { id: project.id, type: 'ProjectRestored', payload: { ...project } },
      ],
    );
  }
}
