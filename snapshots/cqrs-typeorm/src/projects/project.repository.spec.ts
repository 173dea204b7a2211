import { getRepositoryToken } from '@nestjs/typeorm';
import { Mocked, TestBed } from '@suites/unit';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { buildProject } from '../../test/factories/project.factory';
import { ListProjectsQueryDto } from './dto/list-projects-query.dto';
import { Project } from './entities/project.entity';
import { ProjectRepository } from './project.repository';

describe('ProjectRepository', () => {
  let repository: ProjectRepository;
  let orm: Mocked<Repository<Project>>;
  let dataSource: Mocked<DataSource>;

  beforeEach(async () => {
    const { unit, unitRef } =
      await TestBed.solitary(ProjectRepository).compile();
    repository = unit;
    orm = unitRef.get(getRepositoryToken(Project) as string);
    dataSource = unitRef.get(DataSource);
  });

  describe('findPage()', () => {
    it('asks for one sorted page without filters by default', async () => {
      const rows = [buildProject()];
      orm.findAndCount.mockResolvedValue([rows, 11]);
      const query = Object.assign(new ListProjectsQueryDto(), {
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
      const query = Object.assign(new ListProjectsQueryDto(), {
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
      const value = 'Sample name';
      const query = Object.assign(new ListProjectsQueryDto(), {
        sort: 'updatedAt',
        order: 'asc',
        name: value,
      });

      await repository.findPage(query);

      expect(orm.findAndCount).toHaveBeenCalledWith(
        expect.objectContaining({
          where: { name: value },
          order: { updatedAt: 'asc', id: 'asc' },
        }),
      );
    });
  });

  describe('findDetail()', () => {
    it('joins every relation in the same query', async () => {
      const entity = buildProject();
      orm.findOne.mockResolvedValue(entity);

      await expect(repository.findDetail(entity.id)).resolves.toBe(entity);
      expect(orm.findOne).toHaveBeenCalledWith({
        where: { id: entity.id },
        relations: { owner: true, tasks: true },
        relationLoadStrategy: 'join',
      });
    });
  });

  describe('saveMany()', () => {
    it('saves every row in one transaction', async () => {
      const rows = [buildProject(), buildProject()];
      const manager = { save: jest.fn().mockResolvedValue(rows) };
      (dataSource.transaction as unknown as jest.Mock).mockImplementation(
        (work: (entityManager: EntityManager) => Promise<unknown>) =>
          work(manager as unknown as EntityManager),
      );

      await expect(repository.saveMany(rows)).resolves.toBe(rows);
      expect(manager.save).toHaveBeenCalledWith(rows);
    });
  });

  describe('softDelete()', () => {
    it('reports whether a row was soft-deleted', async () => {
      orm.softDelete.mockResolvedValueOnce({
        affected: 1,
        raw: [],
        generatedMaps: [],
      });
      orm.softDelete.mockResolvedValueOnce({
        affected: 0,
        raw: [],
        generatedMaps: [],
      });

      await expect(repository.softDelete('a')).resolves.toBe(true);
      await expect(repository.softDelete('b')).resolves.toBe(false);
      expect(orm.softDelete).toHaveBeenCalledWith({ id: 'a' });
    });
  });

  describe('restore()', () => {
    it('reports whether a row was restored', async () => {
      orm.restore.mockResolvedValue({
        affected: 0,
        raw: [],
        generatedMaps: [],
      });

      await expect(repository.restore('missing')).resolves.toBe(false);
      expect(orm.restore).toHaveBeenCalledWith({ id: 'missing' });
    });
  });
});
