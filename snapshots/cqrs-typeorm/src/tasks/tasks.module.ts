import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CreateTaskHandler } from './commands/create-task.handler';
import { BulkCreateTasksHandler } from './commands/bulk-create-tasks.handler';
import { UpdateTaskHandler } from './commands/update-task.handler';
import { DeleteTaskHandler } from './commands/delete-task.handler';
import { GetTaskHandler } from './queries/get-task.handler';
import { ListTasksHandler } from './queries/list-tasks.handler';
import { Task } from './entities/task.entity';
import { TaskRepository } from './task.repository';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Task])],
  controllers: [TasksController],
  providers: [
    TaskRepository,
    TasksService,
    CreateTaskHandler,
    BulkCreateTasksHandler,
    UpdateTaskHandler,
    DeleteTaskHandler,
    GetTaskHandler,
    ListTasksHandler,
  ],
  exports: [TasksService],
})
export class TasksModule {}
