import { Controller, UseFilters } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import { GrpcExceptionFilter } from '../grpc/grpc-exception.filter';
import { validId, validated } from '../grpc/grpc-validation';
import { WAREHOUSE_SERVICE } from '../grpc/grpc.types';
import { CreateWarehouseDto } from './dto/create-warehouse.dto';
import { ListWarehousesQueryDto } from './dto/list-warehouses-query.dto';
import { UpdateWarehouseDto } from './dto/update-warehouse.dto';
import { WarehouseResponse } from './dto/warehouse-response.dto';
import { WarehousesService } from './warehouses.service';
import type {
  CreateWarehouseRequest,
  DeleteWarehouseRequest,
  DeleteWarehouseResponse,
  GetWarehouseRequest,
  ListWarehousesRequest,
  ListWarehousesResponse,
  UpdateWarehouseRequest,
  Warehouse,
} from '../grpc/grpc.types';

/** A row as WarehouseService sends it: absent, not null; json as text. */
function toWarehouseMessage(row: WarehouseResponse): Warehouse {
  return {
    id: row.id,
    code: row.code,
    city: row.city,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * The WarehouseService of proto/microservices_typeorm.proto: Warehouse rows through WarehousesService,
 * with the HTTP API's validation (its DTOs) and errors as gRPC statuses.
 */
@Controller()
@UseFilters(GrpcExceptionFilter)
export class WarehouseServiceGrpcController {
  constructor(private readonly warehouses: WarehousesService) {}

  @GrpcMethod(WAREHOUSE_SERVICE, 'Create')
  async create(request: CreateWarehouseRequest): Promise<Warehouse> {
    const dto = await validated(CreateWarehouseDto, request);
    const row = await this.warehouses.create(dto);
    return toWarehouseMessage(row);
  }

  @GrpcMethod(WAREHOUSE_SERVICE, 'Get')
  async get(request: GetWarehouseRequest): Promise<Warehouse> {
    const row = await this.warehouses.findOne(validId(request.id));
    return toWarehouseMessage(row);
  }

  @GrpcMethod(WAREHOUSE_SERVICE, 'List')
  async list(request: ListWarehousesRequest): Promise<ListWarehousesResponse> {
    const query = await validated(ListWarehousesQueryDto, request);
    const page = await this.warehouses.findAll(query);
    return {
      ...page,
      items: page.items.map((row) => toWarehouseMessage(row)),
    };
  }

  @GrpcMethod(WAREHOUSE_SERVICE, 'Update')
  async update(request: UpdateWarehouseRequest): Promise<Warehouse> {
    const { id, ...changes } = request;
    const dto = await validated(UpdateWarehouseDto, changes);
    const row = await this.warehouses.update(validId(id), dto);
    return toWarehouseMessage(row);
  }

  @GrpcMethod(WAREHOUSE_SERVICE, 'Delete')
  async delete(
    request: DeleteWarehouseRequest,
  ): Promise<DeleteWarehouseResponse> {
    await this.warehouses.remove(validId(request.id));
    return {};
  }
}
