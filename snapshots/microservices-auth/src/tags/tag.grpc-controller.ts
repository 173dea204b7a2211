import { Controller, UseFilters } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import { Access } from '../auth/decorators/access.decorator';
import { GrpcExceptionFilter } from '../grpc/grpc-exception.filter';
import { validId, validated } from '../grpc/grpc-validation';
import { TAG_SERVICE } from '../grpc/grpc.types';
import { CreateTagDto } from './dto/create-tag.dto';
import { ListTagsQueryDto } from './dto/list-tags-query.dto';
import { TagResponse } from './dto/tag-response.dto';
import { UpdateTagDto } from './dto/update-tag.dto';
import { TagsService } from './tags.service';
import type {
  CreateTagRequest,
  DeleteTagRequest,
  DeleteTagResponse,
  GetTagRequest,
  ListTagsRequest,
  ListTagsResponse,
  Tag,
  UpdateTagRequest,
} from '../grpc/grpc.types';

/** A row as TagService sends it: absent, not null; json as text. */
function toTagMessage(row: TagResponse): Tag {
  return {
    id: row.id,
    label: row.label,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * The TagService of proto/notes_grpc.proto: Tag rows through TagsService,
 * with the HTTP API's validation (its DTOs), access levels and errors as gRPC statuses.
 */
@Controller()
@UseFilters(GrpcExceptionFilter)
export class TagServiceGrpcController {
  constructor(private readonly tags: TagsService) {}

  @Access('member')
  @GrpcMethod(TAG_SERVICE, 'Create')
  async create(request: CreateTagRequest): Promise<Tag> {
    const dto = await validated(CreateTagDto, request);
    const row = await this.tags.create(dto);
    return toTagMessage(row);
  }

  @Access('member')
  @GrpcMethod(TAG_SERVICE, 'Get')
  async get(request: GetTagRequest): Promise<Tag> {
    const row = await this.tags.findOne(validId(request.id));
    return toTagMessage(row);
  }

  @Access('member')
  @GrpcMethod(TAG_SERVICE, 'List')
  async list(request: ListTagsRequest): Promise<ListTagsResponse> {
    const query = await validated(ListTagsQueryDto, request);
    const page = await this.tags.findAll(query);
    return {
      ...page,
      items: page.items.map((row) => toTagMessage(row)),
    };
  }

  @Access('member')
  @GrpcMethod(TAG_SERVICE, 'Update')
  async update(request: UpdateTagRequest): Promise<Tag> {
    const { id, ...changes } = request;
    const dto = await validated(UpdateTagDto, changes);
    const row = await this.tags.update(validId(id), dto);
    return toTagMessage(row);
  }

  @Access('member')
  @GrpcMethod(TAG_SERVICE, 'Delete')
  async delete(request: DeleteTagRequest): Promise<DeleteTagResponse> {
    await this.tags.remove(validId(request.id));
    return {};
  }
}
