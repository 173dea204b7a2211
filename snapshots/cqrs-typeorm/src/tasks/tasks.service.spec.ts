import { NotFoundException } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import {
  buildCreateTaskDto,
  buildTask,
} from '../../test/factories/task.factory';
import { ENTITY_CACHE, EntityCache } from '../database/entity-cache';
import { ListTasksQueryDto } from './dto/list-tasks-query.dto';
import { toTaskDetailResponse, toTaskResponse } from './dto/task-response.dto';
import { Task } from './entities/task.entity';
import { TaskRepository } from './task.repository';
import { CACHE_TAG, TasksService } from './tasks.service';

describe('TasksService', () => {
  let service: TasksService;
  let repository: Mocked<TaskRepository>;
  let cache: Mocked<EntityCache>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(TasksService).compile();
    service = unit;
    repository = unitRef.get(TaskRepository);
    cache = unitRef.get<EntityCache>(ENTITY_CACHE);
    cache.getOrLoad.mockImplementation((_key, _tags, load) => load());
    repository.create.mockImplementation((data) =>
      buildTask(data as Partial<Task>),
    );
    repository.merge.mockImplementation((entity, data) =>
      Object.assign(entity, data),
    );
    repository.save.mockImplementation((entity) => Promise.resolve(entity));
  });

  describe('create()', () => {
    it('saves the entity and invalidates the tasks tag', async () => {
      const dto = buildCreateTaskDto();

      const created = await service.create(dto);
      expect(repository.create).toHaveBeenCalledWith(dto);
      expect(repository.save).toHaveBeenCalledTimes(1);
      expect(created).toMatchObject({ id: expect.any(String) as unknown });
      expect(cache.invalidate).toHaveBeenCalledWith([CACHE_TAG]);
    });
  });

  describe('createMany()', () => {
    it('saves every item together', async () => {
      repository.saveMany.mockImplementation((items) => Promise.resolve(items));

      const created = await service.createMany({
        items: [buildCreateTaskDto(), buildCreateTaskDto()],
      });

      expect(created).toHaveLength(2);
      expect(repository.saveMany).toHaveBeenCalledTimes(1);
      expect(cache.invalidate).toHaveBeenCalledWith([CACHE_TAG]);
    });
  });

  describe('findAll()', () => {
    it('returns the page with the total', async () => {
      const rows = [buildTask(), buildTask()];
      repository.findPage.mockResolvedValue([rows, 7]);
      const query = Object.assign(new ListTasksQueryDto(), {
        page: 2,
        limit: 2,
      });

      const page = await service.findAll(query);

      expect(page).toEqual({
        items: rows.map((row) => toTaskResponse(row)),
        total: 7,
        page: 2,
        limit: 2,
      });
      expect(repository.findPage).toHaveBeenCalledWith(query);
    });
  });

  describe('findOne()', () => {
    it('loads the entity through the entity cache', async () => {
      const entity = buildTask();
      repository.findDetail.mockResolvedValue(entity);

      await expect(service.findOne(entity.id)).resolves.toEqual(
        toTaskDetailResponse(entity),
      );
      expect(cache.getOrLoad).toHaveBeenCalledWith(
        `tasks:${entity.id}`,
        expect.arrayContaining([CACHE_TAG]),
        expect.any(Function),
      );
    });

    it('serves a cached entity without a query', async () => {
      const cached = toTaskDetailResponse(buildTask());
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
      const entity = buildTask();
      repository.findById.mockResolvedValue(entity);
      const changes = { title: buildCreateTaskDto().title };

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
    it('deletes and invalidates the tag', async () => {
      repository.delete.mockResolvedValue(true);

      await service.remove('some-id');

      expect(repository.delete).toHaveBeenCalledWith('some-id');
      expect(cache.invalidate).toHaveBeenCalledWith([CACHE_TAG]);
    });

    it('throws NotFoundException when nothing was deleted', async () => {
      repository.delete.mockResolvedValue(false);

      await expect(service.remove('missing')).rejects.toBeInstanceOf(
        NotFoundException,
      );
      expect(cache.invalidate).not.toHaveBeenCalled();
    });
  });
});
