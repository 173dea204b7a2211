import { Query } from '@nestjs/cqrs';
import { ProjectDetailResponse } from '../dto/project-response.dto';

/**
 * GetProject: ProjectsService.findOne(), the entity as its read model.
 * With `ownerId`, only that member's Projects (none: an admin).
 */
export class GetProjectQuery extends Query<ProjectDetailResponse> {
  constructor(
    readonly id: string,
    readonly ownerId?: string,
  ) {
    super();
  }
}
