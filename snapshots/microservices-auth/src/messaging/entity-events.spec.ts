import { Mocked, TestBed } from '@suites/unit';
import {
  buildCreateNoteDto,
  buildNote,
} from '../../test/factories/note.factory';
import { Note } from '../notes/entities/note.entity';
import { NoteRepository } from '../notes/note.repository';
import { NotesService } from '../notes/notes.service';
import { IntegrationEventPublisher } from './integration-event.publisher';

// The member who calls: the owner of the rows.
const OWNER = '3f1c0c6e-5d1a-4d5e-9a51-0b7c0e0a6d02';

// typeorm's services publish through IntegrationEventPublisher (the entity_events
// capability); NotesService stands for all of them.
describe('NotesService integration events (Suites solitary)', () => {
  let service: NotesService;
  let repository: Mocked<NoteRepository>;
  let events: Mocked<IntegrationEventPublisher>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(NotesService).compile();
    service = unit;
    repository = unitRef.get(NoteRepository);
    events = unitRef.get(IntegrationEventPublisher);
    repository.create.mockImplementation((data) =>
      buildNote(data as Partial<Note>),
    );
    repository.merge.mockImplementation((row, data) =>
      Object.assign(row, data),
    );
    repository.save.mockImplementation((row) => Promise.resolve(row));
  });

  it('publishes note.created once the row is saved', async () => {
    const dto = buildCreateNoteDto();

    const created = await service.create(dto, OWNER);

    expect(events.publish).toHaveBeenCalledWith('note', 'created', created);
    const [saved] = repository.save.mock.invocationCallOrder;
    const [published] = events.publish.mock.invocationCallOrder;
    expect(saved).toBeLessThan(published);
  });

  it('publishes nothing when the write fails', async () => {
    const dto = buildCreateNoteDto();
    repository.save.mockRejectedValue(new Error('rolled back'));

    await expect(service.create(dto, OWNER)).rejects.toThrow('rolled back');
    expect(events.publish).not.toHaveBeenCalled();
  });

  it('publishes note.updated with the saved row', async () => {
    const row = buildNote();
    repository.findById.mockResolvedValue(row);

    const updated = await service.update(row.id, {}, OWNER);

    expect(events.publish).toHaveBeenCalledWith('note', 'updated', updated);
  });

  it('publishes note.deleted with the id', async () => {
    const id = '3f1c0c6e-5d1a-4d5e-9a51-0b7c0e0a6d01';
    repository.delete.mockResolvedValue(true);

    await service.remove(id, OWNER);

    expect(events.publish).toHaveBeenCalledWith('note', 'deleted', { id });
  });
});
