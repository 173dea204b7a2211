import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/auth.types';
import { Access } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ownerScope } from '../auth/ownership';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { BulkCreateProjectsDto } from './dto/bulk-create-projects.dto';
import { CreateProjectDto } from './dto/create-project.dto';
import { ListProjectsQueryDto } from './dto/list-projects-query.dto';
import {
  ProjectDetailResponse,
  ProjectPage,
  ProjectResponse,
} from './dto/project-response.dto';
import { UpdateProjectDto } from './dto/update-project.dto';
import { BulkCreateProjectsCommand } from './commands/bulk-create-projects.command';
import { CreateProjectCommand } from './commands/create-project.command';
import { DeleteProjectCommand } from './commands/delete-project.command';
import { RestoreProjectCommand } from './commands/restore-project.command';
import { UpdateProjectCommand } from './commands/update-project.command';
import { GetProjectQuery } from './queries/get-project.query';
import { ListProjectsQuery } from './queries/list-projects.query';

@ApiTags('projects')
@ApiProblems(429)
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Access('member')
  @ApiProblems(400, 409, 422)
  @Post()
  create(
    @Body() dto: CreateProjectDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ProjectResponse> {
    return this.commandBus.execute(new CreateProjectCommand(dto, caller.id));
  }

  @Access('member')
  @ApiProblems(400, 409, 422)
  @Post('bulk')
  createMany(
    @Body() dto: BulkCreateProjectsDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ProjectResponse[]> {
    return this.commandBus.execute(
      new BulkCreateProjectsCommand(dto, caller.id),
    );
  }

  @Access('owner')
  @ApiProblems(400)
  @Get()
  findAll(
    @Query() query: ListProjectsQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ProjectPage> {
    return this.queryBus.execute(
      new ListProjectsQuery(query, ownerScope(caller)),
    );
  }

  @Access('owner')
  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  findOne(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ProjectDetailResponse> {
    return this.queryBus.execute(new GetProjectQuery(id, ownerScope(caller)));
  }

  @Access('owner')
  @ApiProblems(400, 404, 409, 422)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProjectDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ProjectResponse> {
    return this.commandBus.execute(
      new UpdateProjectCommand(id, dto, ownerScope(caller)),
    );
  }

  @Access('owner')
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<void> {
    return this.commandBus.execute(
      new DeleteProjectCommand(id, ownerScope(caller)),
    );
  }

  @Access('owner')
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Post(':id/restore')
  @HttpCode(HttpStatus.OK)
  restore(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ProjectDetailResponse> {
    return this.commandBus.execute(
      new RestoreProjectCommand(id, ownerScope(caller)),
    );
  }
}
