import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/auth.types';
import { Access } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ownerScope } from '../auth/ownership';
import { Page } from '../database/pagination';
import { BulkCreateNotesDto } from './dto/bulk-create-notes.dto';
import { CreateNoteDto } from './dto/create-note.dto';
import { ListNotesQueryDto } from './dto/list-notes-query.dto';
import { NoteDetailResponse, NoteResponse } from './dto/note-response.dto';
import { UpdateNoteDto } from './dto/update-note.dto';
import { NotesService } from './notes.service';

@Controller('notes')
export class NotesController {
  constructor(private readonly notesService: NotesService) {}

  @Access('member')
  @Post()
  create(
    @Body() dto: CreateNoteDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteResponse> {
    return this.notesService.create(dto, caller.id);
  }

  @Access('member')
  @Post('bulk')
  createMany(
    @Body() dto: BulkCreateNotesDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteResponse[]> {
    return this.notesService.createMany(dto, caller.id);
  }

  @Access('owner')
  @Get()
  findAll(
    @Query() query: ListNotesQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<Page<NoteResponse>> {
    return this.notesService.findAll(query, ownerScope(caller));
  }

  @Access('owner')
  @Get(':id')
  findOne(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteDetailResponse> {
    return this.notesService.findOne(id, ownerScope(caller));
  }

  @Access('owner')
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateNoteDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteResponse> {
    return this.notesService.update(id, dto, ownerScope(caller));
  }

  @Access('owner')
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<void> {
    return this.notesService.remove(id, ownerScope(caller));
  }
}
