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
import { Access } from '../auth/decorators/access.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { BulkCreateTasksDto } from './dto/bulk-create-tasks.dto';
import { CreateTaskDto } from './dto/create-task.dto';
import { ListTasksQueryDto } from './dto/list-tasks-query.dto';
import {
  TaskDetailResponse,
  TaskPage,
  TaskResponse,
} from './dto/task-response.dto';
import { UpdateTaskDto } from './dto/update-task.dto';
import { BulkCreateTasksCommand } from './commands/bulk-create-tasks.command';
import { CreateTaskCommand } from './commands/create-task.command';
import { DeleteTaskCommand } from './commands/delete-task.command';
import { UpdateTaskCommand } from './commands/update-task.command';
import { GetTaskQuery } from './queries/get-task.query';
import { ListTasksQuery } from './queries/list-tasks.query';

@ApiTags('tasks')
@ApiProblems(429)
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Access('member')
  @ApiProblems(400, 409, 422)
  @Post()
  create(@Body() dto: CreateTaskDto): Promise<TaskResponse> {
    return this.commandBus.execute(new CreateTaskCommand(dto));
  }

  @Access('member')
  @ApiProblems(400, 409, 422)
  @Post('bulk')
  createMany(@Body() dto: BulkCreateTasksDto): Promise<TaskResponse[]> {
    return this.commandBus.execute(new BulkCreateTasksCommand(dto));
  }

  @Access('member')
  @ApiProblems(400)
  @Get()
  findAll(@Query() query: ListTasksQueryDto): Promise<TaskPage> {
    return this.queryBus.execute(new ListTasksQuery(query));
  }

  @Access('member')
  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  findOne(@Param('id', ParseUUIDPipe) id: string): Promise<TaskDetailResponse> {
    return this.queryBus.execute(new GetTaskQuery(id));
  }

  @Access('member')
  @ApiProblems(400, 404, 409, 422)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateTaskDto,
  ): Promise<TaskResponse> {
    return this.commandBus.execute(new UpdateTaskCommand(id, dto));
  }

  @Access('member')
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.commandBus.execute(new DeleteTaskCommand(id));
  }
}
