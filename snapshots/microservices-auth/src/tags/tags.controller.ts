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
import { Access } from '../auth/decorators/access.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { BulkCreateTagsDto } from './dto/bulk-create-tags.dto';
import { CreateTagDto } from './dto/create-tag.dto';
import { ListTagsQueryDto } from './dto/list-tags-query.dto';
import { TagPage, TagResponse } from './dto/tag-response.dto';
import { UpdateTagDto } from './dto/update-tag.dto';
import { TagsService } from './tags.service';

@ApiTags('tags')
@ApiProblems(429)
@Controller('tags')
export class TagsController {
  constructor(private readonly tagsService: TagsService) {}

  @Access('member')
  @ApiProblems(400, 409, 422)
  @Post()
  create(@Body() dto: CreateTagDto): Promise<TagResponse> {
    return this.tagsService.create(dto);
  }

  @Access('member')
  @ApiProblems(400, 409, 422)
  @Post('bulk')
  createMany(@Body() dto: BulkCreateTagsDto): Promise<TagResponse[]> {
    return this.tagsService.createMany(dto);
  }

  @Access('member')
  @ApiProblems(400)
  @Get()
  findAll(@Query() query: ListTagsQueryDto): Promise<TagPage> {
    return this.tagsService.findAll(query);
  }

  @Access('member')
  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  findOne(@Param('id', ParseUUIDPipe) id: string): Promise<TagResponse> {
    return this.tagsService.findOne(id);
  }

  @Access('member')
  @ApiProblems(400, 404, 409, 422)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateTagDto,
  ): Promise<TagResponse> {
    return this.tagsService.update(id, dto);
  }

  @Access('member')
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.tagsService.remove(id);
  }
}
