import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandTransaction } from '../../cqrs/command-transaction';
import { ProjectResponse } from '../dto/project-response.dto';
import { CACHE_TAG, ProjectsService } from '../projects.service';
import { BulkCreateProjectsCommand } from './bulk-create-projects.command';

@CommandHandler(BulkCreateProjectsCommand)
export class BulkCreateProjectsHandler implements ICommandHandler<BulkCreateProjectsCommand> {
  constructor(
    private readonly projects: ProjectsService,
    private readonly transaction: CommandTransaction,
  ) {}

  execute(command: BulkCreateProjectsCommand): Promise<ProjectResponse[]> {
    return this.transaction.run(
      'Project',
      [CACHE_TAG],
      () => this.projects.createMany(command.dto, command.ownerId),
      (created) =>
        created.map((project) => ({
          id: project.id,
          type: 'ProjectCreated',
          payload: { ...project },
        })),
    );
  }
}
