import { Controller, UseFilters } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import { Access } from '../../auth/decorators/access.decorator';
import { GrpcExceptionFilter } from '../grpc-exception.filter';
import { INVENTORY_SERVICE } from '../grpc.types';
import type { GetStockRequest, GetStockResponse } from '../grpc.types';
import { InventoryHandlers } from './inventory.handlers';

/**
 * The Inventory service of proto/notes_grpc.proto; the work is in InventoryHandlers.
 * Each method says who may call it, as HTTP routes do: signed-in members by
 * default (the token in the call's `authorization` metadata); change a level
 * to 'public' or 'admin' where the method needs it.
 */
@Controller()
@UseFilters(GrpcExceptionFilter)
export class InventoryGrpcController {
  constructor(private readonly handlers: InventoryHandlers) {}

  @Access('member')
  @GrpcMethod(INVENTORY_SERVICE, 'GetStock')
  getStock(request: GetStockRequest): Promise<GetStockResponse> {
    return this.handlers.getStock(request);
  }
}
