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
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/auth.types';
import { Access } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ownerScope } from '../auth/ownership';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { BulkCreateNotesDto } from './dto/bulk-create-notes.dto';
import { CreateNoteDto } from './dto/create-note.dto';
import { ListNotesQueryDto } from './dto/list-notes-query.dto';
import {
  NoteDetailResponse,
  NotePage,
  NoteResponse,
} from './dto/note-response.dto';
import { UpdateNoteDto } from './dto/update-note.dto';
import { NotesService } from './notes.service';

@ApiTags('notes')
@ApiProblems(429)
@Controller('notes')
export class NotesController {
  constructor(private readonly notesService: NotesService) {}

  @Access('member')
  @ApiProblems(400, 409, 422)
  @Post()
  create(
    @Body() dto: CreateNoteDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteResponse> {
    return this.notesService.create(dto, caller.id);
  }

  @Access('member')
  @ApiProblems(400, 409, 422)
  @Post('bulk')
  createMany(
    @Body() dto: BulkCreateNotesDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteResponse[]> {
    return this.notesService.createMany(dto, caller.id);
  }

  @Access('owner')
  @ApiProblems(400)
  @Get()
  findAll(
    @Query() query: ListNotesQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NotePage> {
    return this.notesService.findAll(query, ownerScope(caller));
  }

  @Access('owner')
  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  findOne(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteDetailResponse> {
    return this.notesService.findOne(id, ownerScope(caller));
  }

  @Access('owner')
  @ApiProblems(400, 404, 409, 422)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateNoteDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteResponse> {
    return this.notesService.update(id, dto, ownerScope(caller));
  }

  @Access('owner')
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<void> {
    return this.notesService.remove(id, ownerScope(caller));
  }
}
