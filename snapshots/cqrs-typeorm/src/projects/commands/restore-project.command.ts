import { Command } from '@nestjs/cqrs';
import { ProjectDetailResponse } from '../dto/project-response.dto';

/**
 * RestoreProject: ProjectsService.restore() in a transaction that
 * appends ProjectRestored to the outbox.
 * With `ownerId`, only that member's Project (none: an admin).
 */
export class RestoreProjectCommand extends Command<ProjectDetailResponse> {
  constructor(
    readonly id: string,
    readonly ownerId?: string,
  ) {
    super();
  }
}
