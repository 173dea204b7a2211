import { Metadata } from '@grpc/grpc-js';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { ClientGrpc } from '@nestjs/microservices';
import { firstValueFrom } from 'rxjs';
import { EnvironmentVariables } from '../config/env.validation';
import {
  INVENTORY_SERVICE,
  InventoryClient,
  NOTE_SERVICE,
  NoteServiceClient,
  TAG_SERVICE,
  TagServiceClient,
  GetStockRequest,
  GetStockResponse,
  Note,
  CreateNoteRequest,
  GetNoteRequest,
  ListNotesRequest,
  ListNotesResponse,
  UpdateNoteRequest,
  DeleteNoteRequest,
  DeleteNoteResponse,
  Tag,
  CreateTagRequest,
  GetTagRequest,
  ListTagsRequest,
  ListTagsResponse,
  UpdateTagRequest,
  DeleteTagRequest,
  DeleteTagResponse,
} from './grpc.types';

/** The injection token of the gRPC connection to GRPC_URL (GrpcClientsModule). */
export const GRPC_CLIENT = Symbol('GRPC_CLIENT');

/** Per call: a deadline other than GRPC_DEADLINE_MS, and metadata to send. */
export interface GrpcCallSettings {
  deadlineMs?: number;
  metadata?: Metadata;
}

/**
 * Every call of these clients has a deadline (GRPC_DEADLINE_MS unless the
 * call sets one): a server that does not answer in time fails the call with
 * DEADLINE_EXCEEDED instead of holding the caller.
 */
abstract class DeadlineClient {
  constructor(
    private readonly config: ConfigService<EnvironmentVariables, true>,
  ) {}

  protected options(settings: GrpcCallSettings): { deadline: number } {
    const timeout =
      settings.deadlineMs ??
      this.config.get('GRPC_DEADLINE_MS', { infer: true });
    return { deadline: Date.now() + timeout };
  }
}

/** A typed client of the Inventory service at GRPC_URL. */
@Injectable()
export class InventoryGrpcClient
  extends DeadlineClient
  implements OnModuleInit
{
  private service!: InventoryClient;

  constructor(
    @Inject(GRPC_CLIENT) private readonly client: ClientGrpc,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    super(config);
  }

  onModuleInit(): void {
    this.service = this.client.getService<InventoryClient>(INVENTORY_SERVICE);
  }

  getStock(
    request: GetStockRequest,
    settings: GrpcCallSettings = {},
  ): Promise<GetStockResponse> {
    return firstValueFrom(
      this.service.getStock(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }
}

/** A typed client of the NoteService service at GRPC_URL. */
@Injectable()
export class NoteServiceGrpcClient
  extends DeadlineClient
  implements OnModuleInit
{
  private service!: NoteServiceClient;

  constructor(
    @Inject(GRPC_CLIENT) private readonly client: ClientGrpc,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    super(config);
  }

  onModuleInit(): void {
    this.service = this.client.getService<NoteServiceClient>(NOTE_SERVICE);
  }

  create(
    request: CreateNoteRequest,
    settings: GrpcCallSettings = {},
  ): Promise<Note> {
    return firstValueFrom(
      this.service.create(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  get(request: GetNoteRequest, settings: GrpcCallSettings = {}): Promise<Note> {
    return firstValueFrom(
      this.service.get(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  list(
    request: ListNotesRequest,
    settings: GrpcCallSettings = {},
  ): Promise<ListNotesResponse> {
    return firstValueFrom(
      this.service.list(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  update(
    request: UpdateNoteRequest,
    settings: GrpcCallSettings = {},
  ): Promise<Note> {
    return firstValueFrom(
      this.service.update(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  delete(
    request: DeleteNoteRequest,
    settings: GrpcCallSettings = {},
  ): Promise<DeleteNoteResponse> {
    return firstValueFrom(
      this.service.delete(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }
}

/** A typed client of the TagService service at GRPC_URL. */
@Injectable()
export class TagServiceGrpcClient
  extends DeadlineClient
  implements OnModuleInit
{
  private service!: TagServiceClient;

  constructor(
    @Inject(GRPC_CLIENT) private readonly client: ClientGrpc,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    super(config);
  }

  onModuleInit(): void {
    this.service = this.client.getService<TagServiceClient>(TAG_SERVICE);
  }

  create(
    request: CreateTagRequest,
    settings: GrpcCallSettings = {},
  ): Promise<Tag> {
    return firstValueFrom(
      this.service.create(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  get(request: GetTagRequest, settings: GrpcCallSettings = {}): Promise<Tag> {
    return firstValueFrom(
      this.service.get(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  list(
    request: ListTagsRequest,
    settings: GrpcCallSettings = {},
  ): Promise<ListTagsResponse> {
    return firstValueFrom(
      this.service.list(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  update(
    request: UpdateTagRequest,
    settings: GrpcCallSettings = {},
  ): Promise<Tag> {
    return firstValueFrom(
      this.service.update(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  delete(
    request: DeleteTagRequest,
    settings: GrpcCallSettings = {},
  ): Promise<DeleteTagResponse> {
    return firstValueFrom(
      this.service.delete(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }
}

/** Every typed client, for GrpcClientsModule. */
export const GRPC_CLIENTS = [
  InventoryGrpcClient,
  NoteServiceGrpcClient,
  TagServiceGrpcClient,
];
