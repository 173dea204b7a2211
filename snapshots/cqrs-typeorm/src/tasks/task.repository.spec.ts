import { getRepositoryToken } from '@nestjs/typeorm';
import { Mocked, TestBed } from '@suites/unit';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { buildTask } from '../../test/factories/task.factory';
import { ListTasksQueryDto } from './dto/list-tasks-query.dto';
import { Task } from './entities/task.entity';
import { TaskRepository } from './task.repository';

describe('TaskRepository', () => {
  let repository: TaskRepository;
  let orm: Mocked<Repository<Task>>;
  let dataSource: Mocked<DataSource>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(TaskRepository).compile();
    repository = unit;
    orm = unitRef.get(getRepositoryToken(Task) as string);
    dataSource = unitRef.get(DataSource);
  });

  describe('findPage()', () => {
    it('asks for one sorted page without filters by default', async () => {
      const rows = [buildTask()];
      orm.findAndCount.mockResolvedValue([rows, 11]);
      const query = Object.assign(new ListTasksQueryDto(), {
        page: 3,
        limit: 5,
      });

      await expect(repository.findPage(query)).resolves.toEqual([rows, 11]);
      expect(orm.findAndCount).toHaveBeenCalledWith({
        where: {},
        order: { createdAt: 'desc', id: 'desc' },
        skip: 10,
        take: 5,
      });
    });

    it("sorts descending on a '-' column, whatever order says", async () => {
      orm.findAndCount.mockResolvedValue([[], 0]);
      const query = Object.assign(new ListTasksQueryDto(), {
        sort: '-updatedAt',
        order: 'asc',
      });

      await repository.findPage(query);

      expect(orm.findAndCount).toHaveBeenCalledWith(
        expect.objectContaining({ order: { updatedAt: 'desc', id: 'desc' } }),
      );
    });

    it('filters on the columns given', async () => {
      orm.findAndCount.mockResolvedValue([[], 0]);
      const value = 'Sample title';
      const query = Object.assign(new ListTasksQueryDto(), {
        sort: 'updatedAt',
        order: 'asc',
        title: value,
      });

      await repository.findPage(query);

      expect(orm.findAndCount).toHaveBeenCalledWith(
        expect.objectContaining({
          where: { title: value },
          order: { updatedAt: 'asc', id: 'asc' },
        }),
      );
    });
  });

  describe('findDetail()', () => {
    it('joins every relation in the same query', async () => {
      const entity = buildTask();
      orm.findOne.mockResolvedValue(entity);

      await expect(repository.findDetail(entity.id)).resolves.toBe(entity);
      expect(orm.findOne).toHaveBeenCalledWith({
        where: { id: entity.id },
        relations: { project: true },
        relationLoadStrategy: 'join',
      });
    });
  });

  describe('saveMany()', () => {
    it('saves every row in one transaction', async () => {
      const rows = [buildTask(), buildTask()];
      const manager = { save: jest.fn().mockResolvedValue(rows) };
      (dataSource.transaction as unknown as jest.Mock).mockImplementation(
        (work: (entityManager: EntityManager) => Promise<unknown>) =>
          work(manager as unknown as EntityManager),
      );

      await expect(repository.saveMany(rows)).resolves.toBe(rows);
      expect(manager.save).toHaveBeenCalledWith(rows);
    });
  });

  describe('delete()', () => {
    it('reports whether a row was deleted', async () => {
      orm.delete.mockResolvedValueOnce({
        affected: 1,
        raw: [],
      });
      orm.delete.mockResolvedValueOnce({
        affected: 0,
        raw: [],
      });

      await expect(repository.delete('a')).resolves.toBe(true);
      await expect(repository.delete('b')).resolves.toBe(false);
      expect(orm.delete).toHaveBeenCalledWith({ id: 'a' });
    });
  });
});
