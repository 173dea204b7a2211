import { Mocked, TestBed } from '@suites/unit';
import {
  buildCreateProjectDto,
  buildProject,
} from '../../test/factories/project.factory';
import { CommandTransaction, EntityChange } from '../cqrs/command-transaction';
import { BulkCreateProjectsCommand } from './commands/bulk-create-projects.command';
import { BulkCreateProjectsHandler } from './commands/bulk-create-projects.handler';
import { CreateProjectCommand } from './commands/create-project.command';
import { CreateProjectHandler } from './commands/create-project.handler';
import { DeleteProjectCommand } from './commands/delete-project.command';
import { DeleteProjectHandler } from './commands/delete-project.handler';
import { RestoreProjectCommand } from './commands/restore-project.command';
import { RestoreProjectHandler } from './commands/restore-project.handler';
import { UpdateProjectCommand } from './commands/update-project.command';
import { UpdateProjectHandler } from './commands/update-project.handler';
import { ListProjectsQueryDto } from './dto/list-projects-query.dto';
import {
  toProjectDetailResponse,
  toProjectResponse,
} from './dto/project-response.dto';
import { CACHE_TAG, ProjectsService } from './projects.service';
import { GetProjectHandler } from './queries/get-project.handler';
import { GetProjectQuery } from './queries/get-project.query';
import { ListProjectsHandler } from './queries/list-projects.handler';
import { ListProjectsQuery } from './queries/list-projects.query';

const ID = '0b4f3c1e-8a57-4f0e-9d0c-6f3f2a1b7c11';
const OWNER = '5d0b2f4a-3c6e-4b7d-8e9f-0a1b2c3d4e5f';

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
describe('Project handlers', () => {
  it('CreateProjectHandler runs ProjectsService.create and appends ProjectCreated', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(CreateProjectHandler).compile();
    const projects = unitRef.get(ProjectsService);
    const appended = committing(unitRef.get(CommandTransaction));
    const written = toProjectResponse(buildProject());
    projects.create.mockResolvedValue(written);
    const dto = buildCreateProjectDto();

    const result = await unit.execute(new CreateProjectCommand(dto, OWNER));

    expect(result).toBe(written);
    expect(projects.create).toHaveBeenCalledWith(dto, OWNER);
    expect(appended).toEqual([
      [{ id: written.id, type: 'ProjectCreated', payload: { ...written } }],
    ]);
  });

  it('CreateProjectHandler runs in a Project transaction that drops the cache tag', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(CreateProjectHandler).compile();
    const transaction = unitRef.get(CommandTransaction);

    await unit.execute(
      new CreateProjectCommand(buildCreateProjectDto(), OWNER),
    );

    expect(transaction.run).toHaveBeenCalledWith(
      'Project',
      [CACHE_TAG],
      expect.any(Function),
      expect.any(Function),
    );
  });

  it('BulkCreateProjectsHandler runs ProjectsService.createMany and appends ProjectCreated', async () => {
    const { unit, unitRef } = await TestBed.solitary(
      BulkCreateProjectsHandler,
    ).compile();
    const projects = unitRef.get(ProjectsService);
    const appended = committing(unitRef.get(CommandTransaction));
    const written = [toProjectResponse(buildProject())];
    projects.createMany.mockResolvedValue(written);
    const dto = { items: [buildCreateProjectDto()] };

    const result = await unit.execute(
      new BulkCreateProjectsCommand(dto, OWNER),
    );

    expect(result).toBe(written);
    expect(projects.createMany).toHaveBeenCalledWith(dto, OWNER);
    expect(appended).toEqual([
      [
        {
          id: written[0].id,
          type: 'ProjectCreated',
          payload: { ...written[0] },
        },
      ],
    ]);
  });

  it('UpdateProjectHandler runs ProjectsService.update and appends ProjectUpdated', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(UpdateProjectHandler).compile();
    const projects = unitRef.get(ProjectsService);
    const appended = committing(unitRef.get(CommandTransaction));
    const written = toProjectResponse(buildProject());
    projects.update.mockResolvedValue(written);
    const dto = buildCreateProjectDto();

    const result = await unit.execute(new UpdateProjectCommand(ID, dto, OWNER));

    expect(result).toBe(written);
    expect(projects.update).toHaveBeenCalledWith(ID, dto, OWNER);
    expect(appended).toEqual([
      [{ id: written.id, type: 'ProjectUpdated', payload: { ...written } }],
    ]);
  });

  it('DeleteProjectHandler runs ProjectsService.remove and appends ProjectDeleted', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(DeleteProjectHandler).compile();
    const projects = unitRef.get(ProjectsService);
    const appended = committing(unitRef.get(CommandTransaction));

    await unit.execute(new DeleteProjectCommand(ID, OWNER));

    expect(projects.remove).toHaveBeenCalledWith(ID, OWNER);
    expect(appended).toEqual([
      [{ id: ID, type: 'ProjectDeleted', payload: { id: ID } }],
    ]);
  });

  it('RestoreProjectHandler runs ProjectsService.restore and appends ProjectRestored', async () => {
    const { unit, unitRef } = await TestBed.solitary(
      RestoreProjectHandler,
    ).compile();
    const projects = unitRef.get(ProjectsService);
    const appended = committing(unitRef.get(CommandTransaction));
    const written = toProjectDetailResponse(buildProject());
    projects.restore.mockResolvedValue(written);

    const result = await unit.execute(new RestoreProjectCommand(ID, OWNER));

    expect(result).toBe(written);
    expect(projects.restore).toHaveBeenCalledWith(ID, OWNER);
    expect(appended).toEqual([
      [{ id: written.id, type: 'ProjectRestored', payload: { ...written } }],
    ]);
  });

  it('GetProjectHandler answers ProjectsService.findOne', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(GetProjectHandler).compile();
    const projects = unitRef.get(ProjectsService);
    const answer = toProjectDetailResponse(buildProject());
    projects.findOne.mockResolvedValue(answer);

    const result = await unit.execute(new GetProjectQuery(ID, OWNER));

    expect(result).toBe(answer);
    expect(projects.findOne).toHaveBeenCalledWith(ID, OWNER);
  });

  it('ListProjectsHandler answers ProjectsService.findAll', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(ListProjectsHandler).compile();
    const projects = unitRef.get(ProjectsService);
    const answer = { items: [], total: 0, page: 1, limit: 20 };
    projects.findAll.mockResolvedValue(answer);
    const query = new ListProjectsQueryDto();

    const result = await unit.execute(new ListProjectsQuery(query, OWNER));

    expect(result).toBe(answer);
    expect(projects.findAll).toHaveBeenCalledWith(query, OWNER);
  });
});
