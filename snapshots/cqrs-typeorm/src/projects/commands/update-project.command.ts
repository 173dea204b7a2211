import { Command } from '@nestjs/cqrs';
import { ProjectResponse } from '../dto/project-response.dto';
import { UpdateProjectDto } from '../dto/update-project.dto';

/**
 * UpdateProject: ProjectsService.update() in a transaction that
 * appends ProjectUpdated to the outbox.
 * With `ownerId`, only that member's Project (none: an admin).
 */
export class UpdateProjectCommand extends Command<ProjectResponse> {
  constructor(
    readonly id: string,
    readonly dto: UpdateProjectDto,
    readonly ownerId?: string,
  ) {
    super();
  }
}
