import { status } from '@grpc/grpc-js';
import { NotFoundException } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import { buildNote } from '../../test/factories/note.factory';
import { toNoteDetailResponse, toNoteResponse } from './dto/note-response.dto';
import { NoteServiceGrpcController } from './note.grpc-controller';
import { NotesService } from './notes.service';
import type { AuthenticatedUser } from '../auth/auth.types';

describe('NoteServiceGrpcController', () => {
  let controller: NoteServiceGrpcController;
  let notes: Mocked<NotesService>;
  const member: AuthenticatedUser = {
    id: 'u1',
    role: 'member',
    sessionId: 's1',
  };

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(
      NoteServiceGrpcController,
    ).compile();
    controller = unit;
    notes = unitRef.get(NotesService);
  });

  it('answers Get with the row of NotesService', async () => {
    const row = toNoteDetailResponse(buildNote());
    notes.findOne.mockResolvedValue(row);

    const message = await controller.get({ id: row.id }, member);

    expect(message.id).toBe(row.id);
    expect(message.createdAt).toBe(row.createdAt);
    // A member's reads are scoped to their own rows.
    expect(notes.findOne).toHaveBeenCalledWith(row.id, member.id);
  });

  it('refuses an id that is not a UUID before the service sees it', async () => {
    await expect(
      controller.get({ id: 'not-a-uuid' }, member),
    ).rejects.toMatchObject({ error: { code: status.INVALID_ARGUMENT } });
    expect(notes.findOne).not.toHaveBeenCalled();
  });

  it('lets the service decide that a row is missing', async () => {
    const id = buildNote().id;
    notes.remove.mockRejectedValue(new NotFoundException());

    await expect(controller.delete({ id }, member)).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('answers List with every row of the page as a message', async () => {
    const row = toNoteResponse(buildNote());
    notes.findAll.mockResolvedValue({
      items: [row],
      total: 1,
      page: 1,
      limit: 20,
    });

    const page = await controller.list({}, member);

    expect(page.items.map((item) => item.id)).toEqual([row.id]);
    expect(page.total).toBe(1);
  });
});
