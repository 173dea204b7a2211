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
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { BulkCreateTasksDto } from './dto/bulk-create-tasks.dto';
import { CreateTaskDto } from './dto/create-task.dto';
import { ListTasksQueryDto } from './dto/list-tasks-query.dto';
import { TaskPage, TaskResponse } from './dto/task-response.dto';
import { UpdateTaskDto } from './dto/update-task.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiProblems(429)
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasksService: TasksService) {}

  @ApiProblems(400, 409, 422)
  @Post()
  create(@Body() dto: CreateTaskDto): Promise<TaskResponse> {
    return this.tasksService.create(dto);
  }

  @ApiProblems(400, 409, 422)
  @Post('bulk')
  createMany(@Body() dto: BulkCreateTasksDto): Promise<TaskResponse[]> {
    return this.tasksService.createMany(dto);
  }

  @ApiProblems(400)
  @Get()
  findAll(@Query() query: ListTasksQueryDto): Promise<TaskPage> {
    return this.tasksService.findAll(query);
  }

  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  findOne(@Param('id', ParseUUIDPipe) id: string): Promise<TaskResponse> {
    return this.tasksService.findOne(id);
  }

  @ApiProblems(400, 404, 409, 422)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateTaskDto,
  ): Promise<TaskResponse> {
    return this.tasksService.update(id, dto);
  }

  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.tasksService.remove(id);
  }

  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Post(':id/restore')
  @HttpCode(HttpStatus.OK)
  restore(@Param('id', ParseUUIDPipe) id: string): Promise<TaskResponse> {
    return this.tasksService.restore(id);
  }
}
