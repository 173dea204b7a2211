import { Mocked, TestBed } from '@suites/unit';
import {
  buildCreateTaskDto,
  buildTask,
} from '../../test/factories/task.factory';
import { CommandTransaction, EntityChange } from '../cqrs/command-transaction';
import { BulkCreateTasksCommand } from './commands/bulk-create-tasks.command';
import { BulkCreateTasksHandler } from './commands/bulk-create-tasks.handler';
import { CreateTaskCommand } from './commands/create-task.command';
import { CreateTaskHandler } from './commands/create-task.handler';
import { DeleteTaskCommand } from './commands/delete-task.command';
import { DeleteTaskHandler } from './commands/delete-task.handler';
import { UpdateTaskCommand } from './commands/update-task.command';
import { UpdateTaskHandler } from './commands/update-task.handler';
import { ListTasksQueryDto } from './dto/list-tasks-query.dto';
import { toTaskDetailResponse, toTaskResponse } from './dto/task-response.dto';
import { GetTaskHandler } from './queries/get-task.handler';
import { GetTaskQuery } from './queries/get-task.query';
import { ListTasksHandler } from './queries/list-tasks.handler';
import { ListTasksQuery } from './queries/list-tasks.query';
import { CACHE_TAG, TasksService } from './tasks.service';

const ID = '0b4f3c1e-8a57-4f0e-9d0c-6f3f2a1b7c11';

/** Runs what a handler hands the transaction; collects the events it appends. */
function committing(
  transaction: Mocked<CommandTransaction>,
): (readonly EntityChange[])[] {
  const appended: (readonly EntityChange[])[] = [];
  transaction.run.mockImplementation(async (_type, _tags, write, changes) => {
    const written = await write();
    appended.push(changes(written));
    return written;
  });
  return appended;
}

// The handlers only translate: each command into its service method run with
// its events in one transaction, each query into one read of the service.
describe('Task handlers', () => {
  it('CreateTaskHandler runs TasksService.create and appends TaskCreated', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(CreateTaskHandler).compile();
    const tasks = unitRef.get(TasksService);
    const appended = committing(unitRef.get(CommandTransaction));
    const written = toTaskResponse(buildTask());
    tasks.create.mockResolvedValue(written);
    const dto = buildCreateTaskDto();

    const result = await unit.execute(new CreateTaskCommand(dto));

    expect(result).toBe(written);
    expect(tasks.create).toHaveBeenCalledWith(dto);
    expect(appended).toEqual([
      [{ id: written.id, type: 'TaskCreated', payload: { ...written } }],
    ]);
  });

  it('CreateTaskHandler runs in a Task transaction that drops the cache tag', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(CreateTaskHandler).compile();
    const transaction = unitRef.get(CommandTransaction);

    await unit.execute(new CreateTaskCommand(buildCreateTaskDto()));

    expect(transaction.run).toHaveBeenCalledWith(
      'Task',
      [CACHE_TAG],
      expect.any(Function),
      expect.any(Function),
    );
  });

  it('BulkCreateTasksHandler runs TasksService.createMany and appends TaskCreated', async () => {
    const { unit, unitRef } = await TestBed.solitary(
      BulkCreateTasksHandler,
    ).compile();
    const tasks = unitRef.get(TasksService);
    const appended = committing(unitRef.get(CommandTransaction));
    const written = [toTaskResponse(buildTask())];
    tasks.createMany.mockResolvedValue(written);
    const dto = { items: [buildCreateTaskDto()] };

    const result = await unit.execute(new BulkCreateTasksCommand(dto));

    expect(result).toBe(written);
    expect(tasks.createMany).toHaveBeenCalledWith(dto);
    expect(appended).toEqual([
      [{ id: written[0].id, type: 'TaskCreated', payload: { ...written[0] } }],
    ]);
  });

  it('UpdateTaskHandler runs TasksService.update and appends TaskUpdated', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(UpdateTaskHandler).compile();
    const tasks = unitRef.get(TasksService);
    const appended = committing(unitRef.get(CommandTransaction));
    const written = toTaskResponse(buildTask());
    tasks.update.mockResolvedValue(written);
    const dto = buildCreateTaskDto();

    const result = await unit.execute(new UpdateTaskCommand(ID, dto));

    expect(result).toBe(written);
    expect(tasks.update).toHaveBeenCalledWith(ID, dto);
    expect(appended).toEqual([
      [{ id: written.id, type: 'TaskUpdated', payload: { ...written } }],
    ]);
  });

  it('DeleteTaskHandler runs TasksService.remove and appends TaskDeleted', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(DeleteTaskHandler).compile();
    const tasks = unitRef.get(TasksService);
    const appended = committing(unitRef.get(CommandTransaction));

    await unit.execute(new DeleteTaskCommand(ID));

    expect(tasks.remove).toHaveBeenCalledWith(ID);
    expect(appended).toEqual([
      [{ id: ID, type: 'TaskDeleted', payload: { id: ID } }],
    ]);
  });

  it('GetTaskHandler answers TasksService.findOne', async () => {
    const { unit, unitRef } = await TestBed.solitary(GetTaskHandler).compile();
    const tasks = unitRef.get(TasksService);
    const answer = toTaskDetailResponse(buildTask());
    tasks.findOne.mockResolvedValue(answer);

    const result = await unit.execute(new GetTaskQuery(ID));

    expect(result).toBe(answer);
    expect(tasks.findOne).toHaveBeenCalledWith(ID);
  });

  it('ListTasksHandler answers TasksService.findAll', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(ListTasksHandler).compile();
    const tasks = unitRef.get(TasksService);
    const answer = { items: [], total: 0, page: 1, limit: 20 };
    tasks.findAll.mockResolvedValue(answer);
    const query = new ListTasksQueryDto();

    const result = await unit.execute(new ListTasksQuery(query));

    expect(result).toBe(answer);
    expect(tasks.findAll).toHaveBeenCalledWith(query);
  });
});
