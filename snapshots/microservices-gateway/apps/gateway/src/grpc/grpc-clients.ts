import { Metadata } from '@grpc/grpc-js';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { ClientGrpc } from '@nestjs/microservices';
import { firstValueFrom } from 'rxjs';
import { EnvironmentVariables } from '../config/env.validation';
import {
  INVENTORY_SERVICE,
  InventoryClient,
  PRODUCT_SERVICE,
  ProductServiceClient,
  GetStockRequest,
  GetStockResponse,
  ReserveRequest,
  ReserveResponse,
  Product,
  CreateProductRequest,
  GetProductRequest,
  ListProductsRequest,
  ListProductsResponse,
  UpdateProductRequest,
  DeleteProductRequest,
  DeleteProductResponse,
} from './grpc.types';

/** The injection token of the gRPC connection to GRPC_URL (GrpcClientsModule). */
export const GRPC_CLIENT = Symbol('GRPC_CLIENT');

/** Per call: a deadline other than GRPC_DEADLINE_MS, and metadata to send. */
export interface GrpcCallSettings {
  deadlineMs?: number;
  metadata?: Metadata;
}

/**
 * Every call of these clients has a deadline (GRPC_DEADLINE_MS unless the
 * call sets one): a server that does not answer in time fails the call with
 * DEADLINE_EXCEEDED instead of holding the caller.
 */
abstract class DeadlineClient {
  constructor(
    private readonly config: ConfigService<EnvironmentVariables, true>,
  ) {}

  protected options(settings: GrpcCallSettings): { deadline: number } {
    const timeout =
      settings.deadlineMs ??
      this.config.get('GRPC_DEADLINE_MS', { infer: true });
    return { deadline: Date.now() + timeout };
  }
}

/** A typed client of the Inventory service at GRPC_URL. */
@Injectable()
export class InventoryGrpcClient
  extends DeadlineClient
  implements OnModuleInit
{
  private service!: InventoryClient;

  constructor(
    @Inject(GRPC_CLIENT) private readonly client: ClientGrpc,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    super(config);
  }

  onModuleInit(): void {
    this.service = this.client.getService<InventoryClient>(INVENTORY_SERVICE);
  }

  getStock(
    request: GetStockRequest,
    settings: GrpcCallSettings = {},
  ): Promise<GetStockResponse> {
    return firstValueFrom(
      this.service.getStock(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  reserve(
    request: ReserveRequest,
    settings: GrpcCallSettings = {},
  ): Promise<ReserveResponse> {
    return firstValueFrom(
      this.service.reserve(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }
}

/** A typed client of the ProductService service at GRPC_URL. */
@Injectable()
export class ProductServiceGrpcClient
  extends DeadlineClient
  implements OnModuleInit
{
  private service!: ProductServiceClient;

  constructor(
    @Inject(GRPC_CLIENT) private readonly client: ClientGrpc,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    super(config);
  }

  onModuleInit(): void {
    this.service =
      this.client.getService<ProductServiceClient>(PRODUCT_SERVICE);
  }

  create(
    request: CreateProductRequest,
    settings: GrpcCallSettings = {},
  ): Promise<Product> {
    return firstValueFrom(
      this.service.create(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  get(
    request: GetProductRequest,
    settings: GrpcCallSettings = {},
  ): Promise<Product> {
    return firstValueFrom(
      this.service.get(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  list(
    request: ListProductsRequest,
    settings: GrpcCallSettings = {},
  ): Promise<ListProductsResponse> {
    return firstValueFrom(
      this.service.list(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  update(
    request: UpdateProductRequest,
    settings: GrpcCallSettings = {},
  ): Promise<Product> {
    return firstValueFrom(
      this.service.update(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }

  delete(
    request: DeleteProductRequest,
    settings: GrpcCallSettings = {},
  ): Promise<DeleteProductResponse> {
    return firstValueFrom(
      this.service.delete(
        request,
        settings.metadata ?? new Metadata(),
        this.options(settings),
      ),
    );
  }
}

/** Every typed client, for GrpcClientsModule. */
export const GRPC_CLIENTS = [InventoryGrpcClient, ProductServiceGrpcClient];
