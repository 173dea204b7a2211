import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '../../database/pagination';
import { ProjectResponse } from '../dto/project-response.dto';
import { ProjectsService } from '../projects.service';
import { ListProjectsQuery } from './list-projects.query';

@QueryHandler(ListProjectsQuery)
export class ListProjectsHandler implements IQueryHandler<ListProjectsQuery> {
  constructor(private readonly projects: ProjectsService) {}

  execute(query: ListProjectsQuery): Promise<Page<ProjectResponse>> {
    return this.projects.findAll(query.query, query.ownerId);
  }
}
