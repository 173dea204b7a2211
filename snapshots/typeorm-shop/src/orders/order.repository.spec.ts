import { getRepositoryToken } from '@nestjs/typeorm';
import { Mocked, TestBed } from '@suites/unit';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { buildOrder } from '../../test/factories/order.factory';
import { ListOrdersQueryDto } from './dto/list-orders-query.dto';
import { Order } from './entities/order.entity';
import { OrderRepository } from './order.repository';

describe('OrderRepository', () => {
  let repository: OrderRepository;
  let orm: Mocked<Repository<Order>>;
  let dataSource: Mocked<DataSource>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(OrderRepository).compile();
    repository = unit;
    orm = unitRef.get(getRepositoryToken(Order) as string);
    dataSource = unitRef.get(DataSource);
  });

  describe('findPage()', () => {
    it('asks for one sorted page without filters by default', async () => {
      const rows = [buildOrder()];
      orm.findAndCount.mockResolvedValue([rows, 11]);
      const query = Object.assign(new ListOrdersQueryDto(), {
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
      const query = Object.assign(new ListOrdersQueryDto(), {
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
      const value = '3f1c0c6e-5d1a-4d5e-9a51-0b7c0e0a6d01';
      const query = Object.assign(new ListOrdersQueryDto(), {
        sort: 'updatedAt',
        order: 'asc',
        customerId: value,
      });

      await repository.findPage(query);

      expect(orm.findAndCount).toHaveBeenCalledWith(
        expect.objectContaining({
          where: { customerId: value },
          order: { updatedAt: 'asc', id: 'asc' },
        }),
      );
    });
  });

  describe('findDetail()', () => {
    it('joins every relation in the same query', async () => {
      const entity = buildOrder();
      orm.findOne.mockResolvedValue(entity);

      await expect(repository.findDetail(entity.id)).resolves.toBe(entity);
      expect(orm.findOne).toHaveBeenCalledWith({
        where: { id: entity.id },
        relations: { customer: true, products: true },
        relationLoadStrategy: 'join',
      });
    });
  });

  describe('saveMany()', () => {
    it('saves every row in one transaction', async () => {
      const rows = [buildOrder(), buildOrder()];
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
