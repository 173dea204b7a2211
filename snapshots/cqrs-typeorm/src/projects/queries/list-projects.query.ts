import { Query } from '@nestjs/cqrs';
import { Page } from '../../database/pagination';
import { ListProjectsQueryDto } from '../dto/list-projects-query.dto';
import { ProjectResponse } from '../dto/project-response.dto';

/**
 * ListProjects: ProjectsService.findAll(), the entity as its read model.
 * With `ownerId`, only that member's Projects (none: an admin).
 */
export class ListProjectsQuery extends Query<Page<ProjectResponse>> {
  constructor(
    readonly query: ListProjectsQueryDto,
    readonly ownerId?: string,
  ) {
    super();
  }
}
