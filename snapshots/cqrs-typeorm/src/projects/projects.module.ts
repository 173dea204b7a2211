import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportsQueueModule } from '../queues/reports/reports-queue.module';
import { CreateProjectHandler } from './commands/create-project.handler';
import { BulkCreateProjectsHandler } from './commands/bulk-create-projects.handler';
import { UpdateProjectHandler } from './commands/update-project.handler';
import { DeleteProjectHandler } from './commands/delete-project.handler';
import { RestoreProjectHandler } from './commands/restore-project.handler';
import { GetProjectHandler } from './queries/get-project.handler';
import { ListProjectsHandler } from './queries/list-projects.handler';
import { ProjectCreatedHandler } from './events/project-created.handler';
import { Project } from './entities/project.entity';
import { ProjectRepository } from './project.repository';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';

@Module({
  imports: [TypeOrmModule.forFeature([Project]), ReportsQueueModule],
  controllers: [ProjectsController],
  providers: [
    ProjectRepository,
    ProjectsService,
    CreateProjectHandler,
    BulkCreateProjectsHandler,
    UpdateProjectHandler,
    DeleteProjectHandler,
    RestoreProjectHandler,
    GetProjectHandler,
    ListProjectsHandler,
    ProjectCreatedHandler,
  ],
  exports: [ProjectsService],
})
export class ProjectsModule {}
