import { NotFoundException } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import {
  buildCreateProjectDto,
  buildProject,
} from '../../test/factories/project.factory';
import { ENTITY_CACHE, EntityCache } from '../database/entity-cache';
import { ListProjectsQueryDto } from './dto/list-projects-query.dto';
import {
  toProjectDetailResponse,
  toProjectResponse,
} from './dto/project-response.dto';
import { Project } from './entities/project.entity';
import { ProjectRepository } from './project.repository';
import { CACHE_TAG, ProjectsService } from './projects.service';

// The member who calls: the owner of the rows they create.
const OWNER = '3f1c0c6e-5d1a-4d5e-9a51-0b7c0e0a6d02';

describe('ProjectsService', () => {
  let service: ProjectsService;
  let repository: Mocked<ProjectRepository>;
  let cache: Mocked<EntityCache>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(ProjectsService).compile();
    service = unit;
    repository = unitRef.get(ProjectRepository);
    cache = unitRef.get<EntityCache>(ENTITY_CACHE);
    cache.getOrLoad.mockImplementation((_key, _tags, load) => load());
    repository.create.mockImplementation((data) =>
      buildProject(data as Partial<Project>),
    );
    repository.merge.mockImplementation((entity, data) =>
      Object.assign(entity, data),
    );
    repository.save.mockImplementation((entity) => Promise.resolve(entity));
  });

  describe('create()', () => {
    it('saves the entity and invalidates the projects tag', async () => {
      const dto = buildCreateProjectDto();

      const created = await service.create(dto, OWNER);
      expect(repository.create).toHaveBeenCalledWith({
        ...dto,
        ownerId: OWNER,
      });
      expect(repository.save).toHaveBeenCalledTimes(1);
      expect(created).toMatchObject({ id: expect.any(String) as unknown });
      expect(cache.invalidate).toHaveBeenCalledWith([CACHE_TAG]);
    });
  });

  describe('createMany()', () => {
    it('saves every item together', async () => {
      repository.saveMany.mockImplementation((items) => Promise.resolve(items));

      const items = [buildCreateProjectDto(), buildCreateProjectDto()];

      const created = await service.createMany({ items }, OWNER);

      expect(created).toHaveLength(2);
      expect(repository.saveMany).toHaveBeenCalledTimes(1);
      expect(cache.invalidate).toHaveBeenCalledWith([CACHE_TAG]);
    });
  });

  describe('findAll()', () => {
    it('returns the page with the total', async () => {
      const rows = [buildProject(), buildProject()];
      repository.findPage.mockResolvedValue([rows, 7]);
      const query = Object.assign(new ListProjectsQueryDto(), {
        page: 2,
        limit: 2,
      });

      const page = await service.findAll(query);

      expect(page).toEqual({
        items: rows.map((row) => toProjectResponse(row)),
        total: 7,
        page: 2,
        limit: 2,
      });
      expect(repository.findPage).toHaveBeenCalledWith(query, undefined);
    });
  });

  describe('findOne()', () => {
    it('loads the entity through the entity cache', async () => {
      const entity = buildProject();
      repository.findDetail.mockResolvedValue(entity);

      await expect(service.findOne(entity.id)).resolves.toEqual(
        toProjectDetailResponse(entity),
      );
      expect(cache.getOrLoad).toHaveBeenCalledWith(
        `projects:${entity.id}`,
        expect.arrayContaining([CACHE_TAG]),
        expect.any(Function),
      );
    });

    it('serves a cached entity without a query', async () => {
      const cached = toProjectDetailResponse(buildProject());
      cache.getOrLoad.mockResolvedValue(cached);

      await expect(service.findOne(cached.id)).resolves.toBe(cached);
      expect(repository.findDetail).not.toHaveBeenCalled();
    });

    it('throws NotFoundException for an unknown id', async () => {
      repository.findDetail.mockResolvedValue(null);

      await expect(service.findOne('missing')).rejects.toBeInstanceOf(
        NotFoundException,
      );
    });
  });

  describe('update()', () => {
    it('merges the changes and saves', async () => {
      const entity = buildProject();
      repository.findById.mockResolvedValue(entity);
      const changes = { name: buildCreateProjectDto().name };

      const updated = await service.update(entity.id, changes);

      expect(repository.merge).toHaveBeenCalledWith(entity, changes);
      expect(repository.save).toHaveBeenCalledWith(entity);
      expect(updated.id).toBe(entity.id);
      expect(cache.invalidate).toHaveBeenCalledWith([CACHE_TAG]);
    });

    it('throws NotFoundException and writes nothing for an unknown id', async () => {
      repository.findById.mockResolvedValue(null);

      await expect(service.update('missing', {})).rejects.toBeInstanceOf(
        NotFoundException,
      );
      expect(repository.save).not.toHaveBeenCalled();
      expect(cache.invalidate).not.toHaveBeenCalled();
    });
  });

  describe('remove()', () => {
    it('soft-deletes and invalidates the tag', async () => {
      repository.softDelete.mockResolvedValue(true);

      await service.remove('some-id');

      expect(repository.softDelete).toHaveBeenCalledWith('some-id', undefined);
      expect(cache.invalidate).toHaveBeenCalledWith([CACHE_TAG]);
    });

    it('throws NotFoundException when nothing was deleted', async () => {
      repository.softDelete.mockResolvedValue(false);

      await expect(service.remove('missing')).rejects.toBeInstanceOf(
        NotFoundException,
      );
      expect(cache.invalidate).not.toHaveBeenCalled();
    });
  });

  describe('restore()', () => {
    it('restores and returns the entity', async () => {
      const entity = buildProject();
      repository.restore.mockResolvedValue(true);
      repository.findDetail.mockResolvedValue(entity);

      await expect(service.restore(entity.id)).resolves.toEqual(
        toProjectDetailResponse(entity),
      );
      expect(cache.invalidate).toHaveBeenCalledWith([CACHE_TAG]);
    });

    it('throws NotFoundException for an unknown id', async () => {
      repository.restore.mockResolvedValue(false);

      await expect(service.restore('missing')).rejects.toBeInstanceOf(
        NotFoundException,
      );
    });
  });

  describe('ownership', () => {
    it('answers another member’s row as missing', async () => {
      const theirs = buildProject({ ownerId: 'someone-else' });
      repository.findDetail.mockResolvedValue(theirs);

      await expect(service.findOne(theirs.id, OWNER)).rejects.toBeInstanceOf(
        NotFoundException,
      );
    });

    it('reads, changes and deletes only within the caller’s rows', async () => {
      repository.findPage.mockResolvedValue([[], 0]);
      repository.findById.mockResolvedValue(null);

      await service.findAll(new ListProjectsQueryDto(), OWNER);
      await expect(service.update('id', {}, OWNER)).rejects.toBeInstanceOf(
        NotFoundException,
      );

      expect(repository.findPage).toHaveBeenCalledWith(
        expect.anything(),
        OWNER,
      );
      expect(repository.findById).toHaveBeenCalledWith('id', OWNER);
    });
  });
});
