import type { Metadata } from '@grpc/grpc-js';
import type { Observable } from 'rxjs';

// The messages and services of proto/microservices_typeorm.proto, as @grpc/proto-loader hands
// them over (src/grpc/grpc.options.ts: camelCase fields, 64-bit integers as
// strings); src/grpc/grpc.types.spec.ts proves they agree with the .proto.

/** The protobuf package of proto/microservices_typeorm.proto. */
export const GRPC_PACKAGE = 'microservices_typeorm';

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
  sku: string;
  title: string;
  price: string;
  stock: number;
  attributes?: string;
  restockedAt?: string;
  warehouseId?: string;
  createdAt: string;
  updatedAt: string;
}

export interface CreateProductRequest {
  sku: string;
  title: string;
  price: string;
  stock?: number;
  attributes?: string;
  restockedAt?: string;
  warehouseId?: string;
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
  sku?: string;
  title?: string;
  price?: string;
  stock?: number;
  attributes?: string;
  restockedAt?: string;
  warehouseId?: string;
}

export interface DeleteProductRequest {
  id: string;
}

/** An empty message: the call's status says everything. */
export type DeleteProductResponse = Record<string, never>;

export interface Warehouse {
  id: string;
  code: string;
  city: string;
  createdAt: string;
  updatedAt: string;
}

export interface CreateWarehouseRequest {
  code: string;
  city: string;
}

export interface GetWarehouseRequest {
  id: string;
}

export interface ListWarehousesRequest {
  page?: number;
  limit?: number;
}

export interface ListWarehousesResponse {
  items: Warehouse[];
  total: number;
  page: number;
  limit: number;
}

export interface UpdateWarehouseRequest {
  id: string;
  code?: string;
  city?: string;
}

export interface DeleteWarehouseRequest {
  id: string;
}

/** An empty message: the call's status says everything. */
export type DeleteWarehouseResponse = Record<string, never>;

/** Options of one call: a deadline, and metadata sent with it. */
export interface GrpcCallOptions {
  deadline?: Date | number;
}

/** The Inventory service's name in proto/microservices_typeorm.proto. */
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

/** The ProductService service's name in proto/microservices_typeorm.proto. */
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

/** The WarehouseService service's name in proto/microservices_typeorm.proto. */
export const WAREHOUSE_SERVICE = 'WarehouseService';

/** What a client of WarehouseService calls (ClientGrpc.getService). */
export interface WarehouseServiceClient {
  create(
    request: CreateWarehouseRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<Warehouse>;
  get(
    request: GetWarehouseRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<Warehouse>;
  list(
    request: ListWarehousesRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<ListWarehousesResponse>;
  update(
    request: UpdateWarehouseRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<Warehouse>;
  delete(
    request: DeleteWarehouseRequest,
    metadata?: Metadata,
    options?: GrpcCallOptions,
  ): Observable<DeleteWarehouseResponse>;
}
