import { loadSync } from '@grpc/proto-loader';
import { GRPC_LOADER_OPTIONS, GRPC_PROTO_PATH } from './grpc.options';
import {
  GRPC_PACKAGE,
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

/** The TypeScript type of a field, as a name ('string', 'number[]', ...). */
type TypeName<T> = T extends Buffer
  ? 'Buffer'
  : T extends string
    ? 'string'
    : T extends number
      ? 'number'
      : T extends boolean
        ? 'boolean'
        : T extends readonly (infer E)[]
          ? `${TypeName<E>}[]`
          : 'message';

/** Every field of T with its type's name: the compiler refuses a missing or extra one. */
type Shape<T> = { [K in keyof T]-?: TypeName<NonNullable<T[K]>> };

/** How @grpc/proto-loader hands a protobuf type over (GRPC_LOADER_OPTIONS). */
const TS_OF_PROTO: Record<string, string> = {
  TYPE_DOUBLE: 'number',
  TYPE_FLOAT: 'number',
  TYPE_INT32: 'number',
  TYPE_UINT32: 'number',
  TYPE_SINT32: 'number',
  TYPE_FIXED32: 'number',
  TYPE_SFIXED32: 'number',
  TYPE_INT64: 'string',
  TYPE_UINT64: 'string',
  TYPE_SINT64: 'string',
  TYPE_FIXED64: 'string',
  TYPE_SFIXED64: 'string',
  TYPE_BOOL: 'boolean',
  TYPE_STRING: 'string',
  TYPE_BYTES: 'Buffer',
  TYPE_MESSAGE: 'message',
};

interface FieldDescriptor {
  name: string;
  type: string;
  label: string;
}

/** The fields of one message of the .proto, camelCase, with their TS type names. */
function protoShape(
  definition: ReturnType<typeof loadSync>,
  message: string,
): Record<string, string> {
  const { type } = definition[`${GRPC_PACKAGE}.${message}`] as {
    type: { field: FieldDescriptor[] };
  };
  const fields = type.field;
  return Object.fromEntries(
    fields.map((field) => [
      field.name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
      TS_OF_PROTO[field.type] + (field.label === 'LABEL_REPEATED' ? '[]' : ''),
    ]),
  );
}

/** The interfaces of grpc.types.ts, field by field (checked by the compiler). */
const shapes: Record<string, Record<string, string>> = {
  GetStockRequest: {
    sku: 'string',
  } satisfies Shape<GetStockRequest>,
  GetStockResponse: {
    quantity: 'number',
    sku: 'string',
  } satisfies Shape<GetStockResponse>,
  Note: {
    id: 'string',
    body: 'string',
    pinned: 'boolean',
    authorId: 'string',
    createdAt: 'string',
    updatedAt: 'string',
  } satisfies Shape<Note>,
  CreateNoteRequest: {
    body: 'string',
    pinned: 'boolean',
  } satisfies Shape<CreateNoteRequest>,
  GetNoteRequest: {
    id: 'string',
  } satisfies Shape<GetNoteRequest>,
  ListNotesRequest: {
    page: 'number',
    limit: 'number',
  } satisfies Shape<ListNotesRequest>,
  ListNotesResponse: {
    items: 'message[]',
    total: 'number',
    page: 'number',
    limit: 'number',
  } satisfies Shape<ListNotesResponse>,
  UpdateNoteRequest: {
    id: 'string',
    body: 'string',
    pinned: 'boolean',
  } satisfies Shape<UpdateNoteRequest>,
  DeleteNoteRequest: {
    id: 'string',
  } satisfies Shape<DeleteNoteRequest>,
  DeleteNoteResponse: {} satisfies Shape<DeleteNoteResponse>,
  Tag: {
    id: 'string',
    label: 'string',
    createdAt: 'string',
    updatedAt: 'string',
  } satisfies Shape<Tag>,
  CreateTagRequest: {
    label: 'string',
  } satisfies Shape<CreateTagRequest>,
  GetTagRequest: {
    id: 'string',
  } satisfies Shape<GetTagRequest>,
  ListTagsRequest: {
    page: 'number',
    limit: 'number',
  } satisfies Shape<ListTagsRequest>,
  ListTagsResponse: {
    items: 'message[]',
    total: 'number',
    page: 'number',
    limit: 'number',
  } satisfies Shape<ListTagsResponse>,
  UpdateTagRequest: {
    id: 'string',
    label: 'string',
  } satisfies Shape<UpdateTagRequest>,
  DeleteTagRequest: {
    id: 'string',
  } satisfies Shape<DeleteTagRequest>,
  DeleteTagResponse: {} satisfies Shape<DeleteTagResponse>,
};

describe('grpc.types.ts', () => {
  const definition = loadSync(GRPC_PROTO_PATH, GRPC_LOADER_OPTIONS);

  it.each(Object.keys(shapes))('%s has the fields of the .proto', (name) => {
    expect(shapes[name]).toEqual(protoShape(definition, name));
  });

  it('covers every message of the .proto', () => {
    const messages = Object.keys(definition)
      .filter((key) => key.startsWith(`${GRPC_PACKAGE}.`))
      .filter(
        (key) =>
          (definition[key] as { format?: string }).format ===
          'Protocol Buffer 3 DescriptorProto',
      )
      .map((key) => key.slice(GRPC_PACKAGE.length + 1));
    expect(messages.sort()).toEqual(Object.keys(shapes).sort());
  });
});
