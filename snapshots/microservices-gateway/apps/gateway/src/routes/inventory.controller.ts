import {
  Body,
  Controller,
  HttpCode,
  HttpStatus,
  Post,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InventoryGrpcClient } from '../grpc/grpc-clients';
import { GetStockResponse, ReserveResponse } from '../grpc/grpc.types';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ApiKeyGuard } from './api-key.guard';
import { GrpcErrorsInterceptor } from './grpc-errors.interceptor';
import { GetStockRequestDto, ReserveRequestDto } from './inventory.dto';

/**
 * The Inventory service over HTTP: each route forwards its validated body
 * to the service over gRPC (GRPC_URL, with GRPC_DEADLINE_MS) and answers with
 * its response. Callers need a gateway API key (ApiKeyGuard).
 */
@ApiTags('inventory')
@ApiProblems(400, 401, 404, 409, 429, 502, 503, 504)
@UseGuards(ApiKeyGuard)
@UseInterceptors(GrpcErrorsInterceptor)
@Controller('inventory')
export class InventoryRoutesController {
  constructor(private readonly inventory: InventoryGrpcClient) {}

  /** Inventory.GetStock */
  @Post('get-stock')
  @HttpCode(HttpStatus.OK)
  getStock(@Body() body: GetStockRequestDto): Promise<GetStockResponse> {
    return this.inventory.getStock(body);
  }

  /** Inventory.Reserve */
  @Post('reserve')
  @HttpCode(HttpStatus.OK)
  reserve(@Body() body: ReserveRequestDto): Promise<ReserveResponse> {
    return this.inventory.reserve(body);
  }
}
