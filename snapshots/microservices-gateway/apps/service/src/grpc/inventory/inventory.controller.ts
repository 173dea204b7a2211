import { Controller, UseFilters } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import { GrpcExceptionFilter } from '../grpc-exception.filter';
import { INVENTORY_SERVICE } from '../grpc.types';
import type {
  GetStockRequest,
  GetStockResponse,
  ReserveRequest,
  ReserveResponse,
} from '../grpc.types';
import { InventoryHandlers } from './inventory.handlers';

/** The Inventory service of proto/gateway_shop.proto; the work is in InventoryHandlers. */
@Controller()
@UseFilters(GrpcExceptionFilter)
export class InventoryGrpcController {
  constructor(private readonly handlers: InventoryHandlers) {}

  @GrpcMethod(INVENTORY_SERVICE, 'GetStock')
  getStock(request: GetStockRequest): Promise<GetStockResponse> {
    return this.handlers.getStock(request);
  }

  @GrpcMethod(INVENTORY_SERVICE, 'Reserve')
  reserve(request: ReserveRequest): Promise<ReserveResponse> {
    return this.handlers.reserve(request);
  }
}
