import type { Metadata } from '@grpc/grpc-js';
import type { Observable } from 'rxjs';

// The messages and services of proto/gateway_shop.proto, as @grpc/proto-loader hands
// them over (src/grpc/grpc.options.ts: camelCase fields, 64-bit integers as
// strings); src/grpc/grpc.types.spec.ts proves they agree with the .proto.

/** The protobuf package of proto/gateway_shop.proto. */
export const GRPC_PACKAGE = 'gateway_shop';

export interface GetStockRequest {
  sku: string;
}

export interface GetStockResponse {
  quantity: number;
  sku: string;
}

export interface ReserveRequest {
  quantity: number;
  sku: string;
}

export interface ReserveResponse {
  ok: boolean;
}

export interface Product {
  id: string;
  name: string;
  price: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateProductRequest {
  name: string;
  price: number;
}

export interface GetProductRequest {
  id: string;
}

export interface ListProductsRequest {
  page?: number;
  limit?: number;
}

export interface ListProductsResponse {
  items: Product[];
  total: number;
  page: number;
  limit: number;
}

export interface UpdateProductRequest {
  id: string;
  name?: string;
  price?: number;
}

export interface DeleteProductRequest {
  id: string;
}

/** An empty message: the call's status says everything. */
export type DeleteProductResponse = Record<string, never>;

/** Options of one call: a deadline, and metadata sent with it. */
export interface GrpcCallOptions {
  deadline?: Date | number;
}

/** The Inventory service's name in proto/gateway_shop.proto. */
export const INVENTORY_SERVICE = 'Inventory';

/** What a client of Inventory calls (ClientGrpc.getService). */
export interface InventoryClient {
  getStock(
    request: GetStockRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<GetStockResponse>;
  reserve(
    request: ReserveRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<ReserveResponse>;
}

/** The ProductService service's name in proto/gateway_shop.proto. */
export const PRODUCT_SERVICE = 'ProductService';

/** What a client of ProductService calls (ClientGrpc.getService). */
export interface ProductServiceClient {
  create(
    request: CreateProductRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<Product>;
  get(
    request: GetProductRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<Product>;
  list(
    request: ListProductsRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<ListProductsResponse>;
  update(
    request: UpdateProductRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<Product>;
  delete(
    request: DeleteProductRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<DeleteProductResponse>;
}
