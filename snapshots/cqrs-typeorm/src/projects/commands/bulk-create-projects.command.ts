import { Command } from '@nestjs/cqrs';
import { BulkCreateProjectsDto } from '../dto/bulk-create-projects.dto';
import { ProjectResponse } from '../dto/project-response.dto';

/**
 * BulkCreateProjects: ProjectsService.createMany() in a transaction that
 * appends ProjectCreated to the outbox (one per item).
 * The caller (`ownerId`) owns what it creates.
 */
export class BulkCreateProjectsCommand extends Command<ProjectResponse[]> {
  constructor(
    readonly dto: BulkCreateProjectsDto,
    readonly ownerId: string,
  ) {
    super();
  }
}
