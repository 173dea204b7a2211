import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandTransaction } from '../../cqrs/command-transaction';
import { ProjectResponse } from '../dto/project-response.dto';
import { CACHE_TAG, ProjectsService } from '../projects.service';
import { UpdateProjectCommand } from './update-project.command';

@CommandHandler(UpdateProjectCommand)
export class UpdateProjectHandler implements ICommandHandler<UpdateProjectCommand> {
  constructor(
    private readonly projects: ProjectsService,
    private readonly transaction: CommandTransaction,
  ) {}

  execute(command: UpdateProjectCommand): Promise<ProjectResponse> {
    return this.transaction.run(
      'Project',
      [CACHE_TAG],
      () => this.projects.update(command.id, command.dto, command.ownerId),
      (project) => [
        { id: project.id, type: 'ProjectUpdated', payload: { ...project } },
      ],
    );
  }
}
