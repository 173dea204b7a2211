import type { Metadata } from '@grpc/grpc-js';
import type { Observable } from 'rxjs';

// The messages and services of proto/inventory.proto, as @grpc/proto-loader hands
// them over (src/grpc/grpc.options.ts: camelCase fields, 64-bit integers as
// strings); src/grpc/grpc.types.spec.ts proves they agree with the .proto.

/** The protobuf package of proto/inventory.proto. */
export const GRPC_PACKAGE = 'inventory';

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

/** Options of one call: a deadline, and metadata sent with it. */
export interface GrpcCallOptions {
  deadline?: Date | number;
}

/** The Inventory service's name in proto/inventory.proto. */
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
