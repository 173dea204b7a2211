import { Command } from '@nestjs/cqrs';

/**
 * DeleteProject: ProjectsService.remove() in a transaction that
 * appends ProjectDeleted to the outbox.
 * With `ownerId`, only that member's Project (none: an admin).
 */
export class DeleteProjectCommand extends Command<void> {
  constructor(
    readonly id: string,
    readonly ownerId?: string,
  ) {
    super();
  }
}
