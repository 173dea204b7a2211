import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectDetailResponse } from '../dto/project-response.dto';
import { ProjectsService } from '../projects.service';
import { GetProjectQuery } from './get-project.query';

@QueryHandler(GetProjectQuery)
export class GetProjectHandler implements IQueryHandler<GetProjectQuery> {
  constructor(private readonly projects: ProjectsService) {}

  execute(query: GetProjectQuery): Promise<ProjectDetailResponse> {
    return this.projects.findOne(query.id, query.ownerId);
  }
}
