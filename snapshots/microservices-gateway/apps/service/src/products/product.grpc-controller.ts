import { Controller, UseFilters } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import { GrpcExceptionFilter } from '../grpc/grpc-exception.filter';
import { validId, validated } from '../grpc/grpc-validation';
import { PRODUCT_SERVICE } from '../grpc/grpc.types';
import { CreateProductDto } from './dto/create-product.dto';
import { ListProductsQueryDto } from './dto/list-products-query.dto';
import { ProductResponse } from './dto/product-response.dto';
import { UpdateProductDto } from './dto/update-product.dto';
import { ProductsService } from './products.service';
import type {
  CreateProductRequest,
  DeleteProductRequest,
  DeleteProductResponse,
  GetProductRequest,
  ListProductsRequest,
  ListProductsResponse,
  Product,
  UpdateProductRequest,
} from '../grpc/grpc.types';

/** A row as ProductService sends it: absent, not null; json as text. */
function toProductMessage(row: ProductResponse): Product {
  return {
    id: row.id,
    name: row.name,
    price: row.price,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * The ProductService of proto/gateway_shop.proto: Product rows through ProductsService,
 * with the HTTP API's validation (its DTOs) and errors as gRPC statuses.
 */
@Controller()
@UseFilters(GrpcExceptionFilter)
export class ProductServiceGrpcController {
  constructor(private readonly products: ProductsService) {}

  @GrpcMethod(PRODUCT_SERVICE, 'Create')
  async create(request: CreateProductRequest): Promise<Product> {
    const dto = await validated(CreateProductDto, request);
    const row = await this.products.create(dto);
    return toProductMessage(row);
  }

  @GrpcMethod(PRODUCT_SERVICE, 'Get')
  async get(request: GetProductRequest): Promise<Product> {
    const row = await this.products.findOne(validId(request.id));
    return toProductMessage(row);
  }

  @GrpcMethod(PRODUCT_SERVICE, 'List')
  async list(request: ListProductsRequest): Promise<ListProductsResponse> {
    const query = await validated(ListProductsQueryDto, request);
    const page = await this.products.findAll(query);
    return {
      ...page,
      items: page.items.map((row) => toProductMessage(row)),
    };
  }

  @GrpcMethod(PRODUCT_SERVICE, 'Update')
  async update(request: UpdateProductRequest): Promise<Product> {
    const { id, ...changes } = request;
    const dto = await validated(UpdateProductDto, changes);
    const row = await this.products.update(validId(id), dto);
    return toProductMessage(row);
  }

  @GrpcMethod(PRODUCT_SERVICE, 'Delete')
  async delete(request: DeleteProductRequest): Promise<DeleteProductResponse> {
    await this.products.remove(validId(request.id));
    return {};
  }
}
