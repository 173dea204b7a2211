import { NotFoundException } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import {
  buildCreateNoteDto,
  buildNote,
} from '../../test/factories/note.factory';
import { ENTITY_CACHE, EntityCache } from '../database/entity-cache';
import { ListNotesQueryDto } from './dto/list-notes-query.dto';
import { toNoteDetailResponse, toNoteResponse } from './dto/note-response.dto';
import { Note } from './entities/note.entity';
import { NoteRepository } from './note.repository';
import { CACHE_TAG, NotesService } from './notes.service';

// The member who calls: the owner of the rows they create.
const OWNER = '3f1c0c6e-5d1a-4d5e-9a51-0b7c0e0a6d02';

describe('NotesService', () => {
  let service: NotesService;
  let repository: Mocked<NoteRepository>;
  let cache: Mocked<EntityCache>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(NotesService).compile();
    service = unit;
    repository = unitRef.get(NoteRepository);
    cache = unitRef.get<EntityCache>(ENTITY_CACHE);
    cache.getOrLoad.mockImplementation((_key, _tags, load) => load());
    repository.create.mockImplementation((data) =>
      buildNote(data as Partial<Note>),
    );
    repository.merge.mockImplementation((entity, data) =>
      Object.assign(entity, data),
    );
    repository.save.mockImplementation((entity) => Promise.resolve(entity));
  });

  describe('create()', () => {
    it('saves the entity and invalidates the notes tag', async () => {
      const dto = buildCreateNoteDto();

      const created = await service.create(dto, OWNER);
      expect(repository.create).toHaveBeenCalledWith({
        ...dto,
        authorId: OWNER,
      });
      expect(repository.save).toHaveBeenCalledTimes(1);
      expect(created).toMatchObject({ id: expect.any(String) as unknown });
      expect(cache.invalidate).toHaveBeenCalledWith([CACHE_TAG]);
    });
  });

  describe('createMany()', () => {
    it('saves every item together', async () => {
      repository.saveMany.mockImplementation((items) => Promise.resolve(items));

      const items = [buildCreateNoteDto(), buildCreateNoteDto()];

      const created = await service.createMany({ items }, OWNER);

      expect(created).toHaveLength(2);
      expect(repository.saveMany).toHaveBeenCalledTimes(1);
      expect(cache.invalidate).toHaveBeenCalledWith([CACHE_TAG]);
    });
  });

  describe('findAll()', () => {
    it('returns the page with the total', async () => {
      const rows = [buildNote(), buildNote()];
      repository.findPage.mockResolvedValue([rows, 7]);
      const query = Object.assign(new ListNotesQueryDto(), {
        page: 2,
        limit: 2,
      });

      const page = await service.findAll(query);

      expect(page).toEqual({
        items: rows.map((row) => toNoteResponse(row)),
        total: 7,
        page: 2,
        limit: 2,
      });
      expect(repository.findPage).toHaveBeenCalledWith(query, undefined);
    });
  });

  describe('findOne()', () => {
    it('loads the entity through the entity cache', async () => {
      const entity = buildNote();
      repository.findDetail.mockResolvedValue(entity);

      await expect(service.findOne(entity.id)).resolves.toEqual(
        toNoteDetailResponse(entity),
      );
      expect(cache.getOrLoad).toHaveBeenCalledWith(
        `notes:${entity.id}`,
        expect.arrayContaining([CACHE_TAG]),
        expect.any(Function),
      );
    });

    it('serves a cached entity without a query', async () => {
      const cached = toNoteDetailResponse(buildNote());
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
      const entity = buildNote();
      repository.findById.mockResolvedValue(entity);
      const changes = { body: buildCreateNoteDto().body };

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

      expect(repository.delete).toHaveBeenCalledWith('some-id', undefined);
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

  describe('ownership', () => {
    it('answers another member’s row as missing', async () => {
      const theirs = buildNote({ authorId: 'someone-else' });
      repository.findDetail.mockResolvedValue(theirs);

      await expect(service.findOne(theirs.id, OWNER)).rejects.toBeInstanceOf(
        NotFoundException,
      );
    });

    it('reads, changes and deletes only within the caller’s rows', async () => {
      repository.findPage.mockResolvedValue([[], 0]);
      repository.findById.mockResolvedValue(null);

      await service.findAll(new ListNotesQueryDto(), OWNER);
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
