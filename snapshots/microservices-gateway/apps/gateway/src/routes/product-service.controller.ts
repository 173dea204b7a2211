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
import { ProductServiceGrpcClient } from '../grpc/grpc-clients';
import {
  DeleteProductResponse,
  ListProductsResponse,
  Product,
} from '../grpc/grpc.types';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ApiKeyGuard } from './api-key.guard';
import { GrpcErrorsInterceptor } from './grpc-errors.interceptor';
import {
  CreateProductRequestDto,
  DeleteProductRequestDto,
  GetProductRequestDto,
  ListProductsRequestDto,
  UpdateProductRequestDto,
} from './product-service.dto';

/**
 * The ProductService service over HTTP: each route forwards its validated body
 * to the service over gRPC (GRPC_URL, with GRPC_DEADLINE_MS) and answers with
 * its response. Callers need a gateway API key (ApiKeyGuard).
 */
@ApiTags('product-service')
@ApiProblems(400, 401, 404, 409, 429, 502, 503, 504)
@UseGuards(ApiKeyGuard)
@UseInterceptors(GrpcErrorsInterceptor)
@Controller('product-service')
export class ProductServiceRoutesController {
  constructor(private readonly productService: ProductServiceGrpcClient) {}

  /** ProductService.Create */
  @Post('create')
  @HttpCode(HttpStatus.OK)
  create(@Body() body: CreateProductRequestDto): Promise<Product> {
    return this.productService.create(body);
  }

  /** ProductService.Get */
  @Post('get')
  @HttpCode(HttpStatus.OK)
  get(@Body() body: GetProductRequestDto): Promise<Product> {
    return this.productService.get(body);
  }

  /** ProductService.List */
  @Post('list')
  @HttpCode(HttpStatus.OK)
  list(@Body() body: ListProductsRequestDto): Promise<ListProductsResponse> {
    return this.productService.list(body);
  }

  /** ProductService.Update */
  @Post('update')
  @HttpCode(HttpStatus.OK)
  update(@Body() body: UpdateProductRequestDto): Promise<Product> {
    return this.productService.update(body);
  }

  /** ProductService.Delete */
  @Post('delete')
  @HttpCode(HttpStatus.OK)
  delete(
    @Body() body: DeleteProductRequestDto,
  ): Promise<DeleteProductResponse> {
    return this.productService.delete(body);
  }
}
