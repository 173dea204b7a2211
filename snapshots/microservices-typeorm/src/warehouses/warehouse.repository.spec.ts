import { getRepositoryToken } from '@nestjs/typeorm';
import { Mocked, TestBed } from '@suites/unit';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { buildWarehouse } from '../../test/factories/warehouse.factory';
import { ListWarehousesQueryDto } from './dto/list-warehouses-query.dto';
import { Warehouse } from './entities/warehouse.entity';
import { WarehouseRepository } from './warehouse.repository';

describe('WarehouseRepository', () => {
  let repository: WarehouseRepository;
  let orm: Mocked<Repository<Warehouse>>;
  let dataSource: Mocked<DataSource>;

  beforeEach(async () => {
    const { unit, unitRef } =
      await TestBed.solitary(WarehouseRepository).compile();
    repository = unit;
    orm = unitRef.get(getRepositoryToken(Warehouse) as string);
    dataSource = unitRef.get(DataSource);
  });

  describe('findPage()', () => {
    it('asks for one sorted page without filters by default', async () => {
      const rows = [buildWarehouse()];
      orm.findAndCount.mockResolvedValue([rows, 11]);
      const query = Object.assign(new ListWarehousesQueryDto(), {
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
      const query = Object.assign(new ListWarehousesQueryDto(), {
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
      const value = 'Sample code';
      const query = Object.assign(new ListWarehousesQueryDto(), {
        sort: 'updatedAt',
        order: 'asc',
        code: value,
      });

      await repository.findPage(query);

      expect(orm.findAndCount).toHaveBeenCalledWith(
        expect.objectContaining({
          where: { code: value },
          order: { updatedAt: 'asc', id: 'asc' },
        }),
      );
    });
  });

  describe('saveMany()', () => {
    it('saves every row in one transaction', async () => {
      const rows = [buildWarehouse(), buildWarehouse()];
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
