import { Command } from '@nestjs/cqrs';
import { CreateProjectDto } from '../dto/create-project.dto';
import { ProjectResponse } from '../dto/project-response.dto';

/**
 * CreateProject: ProjectsService.create() in a transaction that
 * appends ProjectCreated to the outbox.
 * The caller (`ownerId`) owns what it creates.
 */
export class CreateProjectCommand extends Command<ProjectResponse> {
  constructor(
    readonly dto: CreateProjectDto,
    readonly ownerId: string,
  ) {
    super();
  }
}
