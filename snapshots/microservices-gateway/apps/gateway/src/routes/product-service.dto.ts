import { IsInt, IsOptional, IsString } from 'class-validator';
import {
  CreateProductRequest,
  DeleteProductRequest,
  GetProductRequest,
  ListProductsRequest,
  UpdateProductRequest,
} from '../grpc/grpc.types';

/** The body of `POST /product-service/create`: ProductService.Create's request. */
export class CreateProductRequestDto implements CreateProductRequest {
  @IsString()
  name!: string;

  @IsInt()
  price!: number;
}

/** The body of `POST /product-service/get`: ProductService.Get's request. */
export class GetProductRequestDto implements GetProductRequest {
  @IsString()
  id!: string;
}

/** The body of `POST /product-service/list`: ProductService.List's request. */
export class ListProductsRequestDto implements ListProductsRequest {
  @IsOptional()
  @IsInt()
  page?: number;

  @IsOptional()
  @IsInt()
  limit?: number;
}

/** The body of `POST /product-service/update`: ProductService.Update's request. */
export class UpdateProductRequestDto implements UpdateProductRequest {
  @IsString()
  id!: string;

  @IsOptional()
  @IsString()
  name?: string;

  @IsOptional()
  @IsInt()
  price?: number;
}

/** The body of `POST /product-service/delete`: ProductService.Delete's request. */
export class DeleteProductRequestDto implements DeleteProductRequest {
  @IsString()
  id!: string;
}
