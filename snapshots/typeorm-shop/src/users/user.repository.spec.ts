import { getRepositoryToken } from '@nestjs/typeorm';
import { Mocked, TestBed } from '@suites/unit';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { buildUser } from '../../test/factories/user.factory';
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { User } from './entities/user.entity';
import { UserRepository } from './user.repository';

describe('UserRepository', () => {
  let repository: UserRepository;
  let orm: Mocked<Repository<User>>;
  let dataSource: Mocked<DataSource>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(UserRepository).compile();
    repository = unit;
    orm = unitRef.get(getRepositoryToken(User) as string);
    dataSource = unitRef.get(DataSource);
  });

  describe('findPage()', () => {
    it('asks for one sorted page without filters by default', async () => {
      const rows = [buildUser()];
      orm.findAndCount.mockResolvedValue([rows, 11]);
      const query = Object.assign(new ListUsersQueryDto(), {
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
      const query = Object.assign(new ListUsersQueryDto(), {
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
      const value = 'Sample email';
      const query = Object.assign(new ListUsersQueryDto(), {
        sort: 'updatedAt',
        order: 'asc',
        email: value,
      });

      await repository.findPage(query);

      expect(orm.findAndCount).toHaveBeenCalledWith(
        expect.objectContaining({
          where: { email: value },
          order: { updatedAt: 'asc', id: 'asc' },
        }),
      );
    });
  });

  describe('findDetail()', () => {
    it('joins every relation in the same query', async () => {
      const entity = buildUser();
      orm.findOne.mockResolvedValue(entity);

      await expect(repository.findDetail(entity.id)).resolves.toBe(entity);
      expect(orm.findOne).toHaveBeenCalledWith({
        where: { id: entity.id },
        relations: { orders: true, profile: true },
        relationLoadStrategy: 'join',
      });
    });
  });

  describe('saveMany()', () => {
    it('saves every row in one transaction', async () => {
      const rows = [buildUser(), buildUser()];
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
