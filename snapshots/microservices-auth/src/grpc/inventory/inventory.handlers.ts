import { Injectable } from '@nestjs/common';
import { GetStockRequest, GetStockResponse } from '../grpc.types';

/**
 * The work behind each Inventory method: InventoryGrpcController calls one
 * method per RPC. Throw NotFoundException, BadRequestException or
 * ConflictException (or an RpcException with a gRPC status) to fail a call:
 * GrpcExceptionFilter sends it as NOT_FOUND, INVALID_ARGUMENT or ALREADY_EXISTS.
 */
@Injectable()
export class InventoryHandlers {
  /** `GetStock`: replace this body with the method's work. */
  async getStock(request: GetStockRequest): Promise<GetStockResponse> {
    return {
      quantity: 0,
      sku: request.sku,
    };
  }
}
