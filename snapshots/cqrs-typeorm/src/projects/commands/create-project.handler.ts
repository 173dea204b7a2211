import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandTransaction } from '../../cqrs/command-transaction';
import { ProjectResponse } from '../dto/project-response.dto';
import { CACHE_TAG, ProjectsService } from '../projects.service';
import { CreateProjectCommand } from './create-project.command';

@CommandHandler(CreateProjectCommand)
export class CreateProjectHandler implements ICommandHandler<CreateProjectCommand> {
  constructor(
    private readonly projects: ProjectsService,
    private readonly transaction: CommandTransaction,
  ) {}

  execute(command: CreateProjectCommand): Promise<ProjectResponse> {
    return this.transaction.run(
      'Project',
      [CACHE_TAG],
      () => this.projects.create(command.dto, command.ownerId),
      (project) => [
        { id: project.id, type: 'ProjectCreated', payload: { ...project } },
      ],
    );
  }
}
