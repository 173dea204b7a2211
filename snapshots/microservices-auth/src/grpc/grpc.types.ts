import type { Metadata } from '@grpc/grpc-js';
import type { Observable } from 'rxjs';

// The messages and services of proto/notes_grpc.proto, as @grpc/proto-loader hands
// them over (src/grpc/grpc.options.ts: camelCase fields, 64-bit integers as
// strings); src/grpc/grpc.types.spec.ts proves they agree with the .proto.

/** The protobuf package of proto/notes_grpc.proto. */
export const GRPC_PACKAGE = 'notes_grpc';

export interface GetStockRequest {
  sku: string;
}

export interface GetStockResponse {
  quantity: number;
  sku: string;
}

export interface Note {
  id: string;
  body: string;
  pinned: boolean;
  authorId?: string;
  createdAt: string;
  updatedAt: string;
}

export interface CreateNoteRequest {
  body: string;
  pinned?: boolean;
}

export interface GetNoteRequest {
  id: string;
}

export interface ListNotesRequest {
  page?: number;
  limit?: number;
}

export interface ListNotesResponse {
  items: Note[];
  total: number;
  page: number;
  limit: number;
}

export interface UpdateNoteRequest {
  id: string;
  body?: string;
  pinned?: boolean;
}

export interface DeleteNoteRequest {
  id: string;
}

/** An empty message: the call's status says everything. */
export type DeleteNoteResponse = Record<string, never>;

export interface Tag {
  id: string;
  label: string;
  createdAt: string;
  updatedAt: string;
}

export interface CreateTagRequest {
  label: string;
}

export interface GetTagRequest {
  id: string;
}

export interface ListTagsRequest {
  page?: number;
  limit?: number;
}

export interface ListTagsResponse {
  items: Tag[];
  total: number;
  page: number;
  limit: number;
}

export interface UpdateTagRequest {
  id: string;
  label?: string;
}

export interface DeleteTagRequest {
  id: string;
}

/** An empty message: the call's status says everything. */
export type DeleteTagResponse = Record<string, never>;

/** Options of one call: a deadline, and metadata sent with it. */
export interface GrpcCallOptions {
  deadline?: Date | number;
}

/** The Inventory service's name in proto/notes_grpc.proto. */
export const INVENTORY_SERVICE = 'Inventory';

/** What a client of Inventory calls (ClientGrpc.getService). */
export interface InventoryClient {
  getStock(
    request: GetStockRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<GetStockResponse>;
}

/** The NoteService service's name in proto/notes_grpc.proto. */
export const NOTE_SERVICE = 'NoteService';

/** What a client of NoteService calls (ClientGrpc.getService). */
export interface NoteServiceClient {
  create(
    request: CreateNoteRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<Note>;
  get(
    request: GetNoteRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<Note>;
  list(
    request: ListNotesRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<ListNotesResponse>;
  update(
    request: UpdateNoteRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<Note>;
  delete(
    request: DeleteNoteRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<DeleteNoteResponse>;
}

/** The TagService service's name in proto/notes_grpc.proto. */
export const TAG_SERVICE = 'TagService';

/** What a client of TagService calls (ClientGrpc.getService). */
export interface TagServiceClient {
  create(
    request: CreateTagRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<Tag>;
  get(
    request: GetTagRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<Tag>;
  list(
    request: ListTagsRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<ListTagsResponse>;
  update(
    request: UpdateTagRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<Tag>;
  delete(
    request: DeleteTagRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<DeleteTagResponse>;
}
