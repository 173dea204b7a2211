import { Controller, UseFilters } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import { Access } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ownerScope } from '../auth/ownership';
import { GrpcExceptionFilter } from '../grpc/grpc-exception.filter';
import { validId, validated } from '../grpc/grpc-validation';
import { NOTE_SERVICE } from '../grpc/grpc.types';
import { CreateNoteDto } from './dto/create-note.dto';
import { ListNotesQueryDto } from './dto/list-notes-query.dto';
import { NoteResponse } from './dto/note-response.dto';
import { UpdateNoteDto } from './dto/update-note.dto';
import { NotesService } from './notes.service';
import type { AuthenticatedUser } from '../auth/auth.types';
import type {
  CreateNoteRequest,
  DeleteNoteRequest,
  DeleteNoteResponse,
  GetNoteRequest,
  ListNotesRequest,
  ListNotesResponse,
  Note,
  UpdateNoteRequest,
} from '../grpc/grpc.types';

/** A row as NoteService sends it: absent, not null; json as text. */
function toNoteMessage(row: NoteResponse): Note {
  return {
    id: row.id,
    body: row.body,
    pinned: row.pinned,
    authorId: row.authorId ?? undefined,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * The NoteService of proto/notes_grpc.proto: Note rows through NotesService,
 * with the HTTP API's validation (its DTOs), owners (members reach their own
 * rows, admins all) and errors as gRPC statuses.
 */
@Controller()
@UseFilters(GrpcExceptionFilter)
export class NoteServiceGrpcController {
  constructor(private readonly notes: NotesService) {}

  @Access('member')
  @GrpcMethod(NOTE_SERVICE, 'Create')
  async create(
    @Payload() request: CreateNoteRequest,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<Note> {
    const dto = await validated(CreateNoteDto, request);
    const row = await this.notes.create(dto, caller.id);
    return toNoteMessage(row);
  }

  @Access('owner')
  @GrpcMethod(NOTE_SERVICE, 'Get')
  async get(
    @Payload() request: GetNoteRequest,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<Note> {
    const row = await this.notes.findOne(
      validId(request.id),
      ownerScope(caller),
    );
    return toNoteMessage(row);
  }

  @Access('owner')
  @GrpcMethod(NOTE_SERVICE, 'List')
  async list(
    @Payload() request: ListNotesRequest,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ListNotesResponse> {
    const query = await validated(ListNotesQueryDto, request);
    const page = await this.notes.findAll(query, ownerScope(caller));
    return {
      ...page,
      items: page.items.map((row) => toNoteMessage(row)),
    };
  }

  @Access('owner')
  @GrpcMethod(NOTE_SERVICE, 'Update')
  async update(
    @Payload() request: UpdateNoteRequest,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<Note> {
    const { id, ...changes } = request;
    const dto = await validated(UpdateNoteDto, changes);
    const row = await this.notes.update(validId(id), dto, ownerScope(caller));
    return toNoteMessage(row);
  }

  @Access('owner')
  @GrpcMethod(NOTE_SERVICE, 'Delete')
  async delete(
    @Payload() request: DeleteNoteRequest,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<DeleteNoteResponse> {
    await this.notes.remove(validId(request.id), ownerScope(caller));
    return {};
  }
}
