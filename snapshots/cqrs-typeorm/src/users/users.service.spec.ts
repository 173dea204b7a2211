import { NotFoundException } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import {
  buildCreateUserDto,
  buildUser,
} from '../../test/factories/user.factory';
import { ENTITY_CACHE, EntityCache } from '../database/entity-cache';
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { toUserResponse } from './dto/user-response.dto';
import { User } from './entities/user.entity';
import { UserRepository } from './user.repository';
import { CACHE_TAG, UsersService } from './users.service';

describe('UsersService', () => {
  let service: UsersService;
  let repository: Mocked<UserRepository>;
  let cache: Mocked<EntityCache>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(UsersService).compile();
    service = unit;
    repository = unitRef.get(UserRepository);
    cache = unitRef.get<EntityCache>(ENTITY_CACHE);
    cache.getOrLoad.mockImplementation((_key, _tags, load) => load());
    repository.create.mockImplementation((data) =>
      buildUser(data as Partial<User>),
    );
    repository.merge.mockImplementation((entity, data) =>
      Object.assign(entity, data),
    );
    repository.save.mockImplementation((entity) => Promise.resolve(entity));
  });

  describe('create()', () => {
    it('saves the entity and invalidates the users tag', async () => {
      const dto = buildCreateUserDto();

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
        items: [buildCreateUserDto(), buildCreateUserDto()],
      });

      expect(created).toHaveLength(2);
      expect(repository.saveMany).toHaveBeenCalledTimes(1);
      expect(cache.invalidate).toHaveBeenCalledWith([CACHE_TAG]);
    });
  });

  describe('findAll()', () => {
    it('returns the page with the total', async () => {
      const rows = [buildUser(), buildUser()];
      repository.findPage.mockResolvedValue([rows, 7]);
      const query = Object.assign(new ListUsersQueryDto(), {
        page: 2,
        limit: 2,
      });

      const page = await service.findAll(query);

      expect(page).toEqual({
        items: rows.map((row) => toUserResponse(row)),
        total: 7,
        page: 2,
        limit: 2,
      });
      expect(repository.findPage).toHaveBeenCalledWith(query);
    });
  });

  describe('findOne()', () => {
    it('loads the entity through the entity cache', async () => {
      const entity = buildUser();
      repository.findById.mockResolvedValue(entity);

      await expect(service.findOne(entity.id)).resolves.toEqual(
        toUserResponse(entity),
      );
      expect(cache.getOrLoad).toHaveBeenCalledWith(
        `users:${entity.id}`,
        expect.arrayContaining([CACHE_TAG]),
        expect.any(Function),
      );
    });

    it('serves a cached entity without a query', async () => {
      const cached = toUserResponse(buildUser());
      cache.getOrLoad.mockResolvedValue(cached);

      await expect(service.findOne(cached.id)).resolves.toBe(cached);
      expect(repository.findById).not.toHaveBeenCalled();
    });

    it('throws NotFoundException for an unknown id', async () => {
      repository.findById.mockResolvedValue(null);

      await expect(service.findOne('missing')).rejects.toBeInstanceOf(
        NotFoundException,
      );
    });
  });

  describe('update()', () => {
    it('merges the changes and saves', async () => {
      const entity = buildUser();
      repository.findById.mockResolvedValue(entity);
      const changes = { email: buildCreateUserDto().email };

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
