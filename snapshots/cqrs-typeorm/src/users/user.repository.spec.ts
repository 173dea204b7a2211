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
      const value = 'sample@example.test';
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
