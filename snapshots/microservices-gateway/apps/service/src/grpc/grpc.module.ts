import { Module } from '@nestjs/common';
import { ProductServiceGrpcController } from '../products/product.grpc-controller';
import { ProductsModule } from '../products/products.module';
import { GrpcClientsModule } from './grpc-clients.module';
import { InventoryGrpcController } from './inventory/inventory.controller';
import { InventoryHandlers } from './inventory/inventory.handlers';

/**
 * The gRPC services of proto/gateway_shop.proto (served beside HTTP: grpc.transport.ts)
 * and the typed clients that call them.
 */
@Module({
  imports: [GrpcClientsModule, ProductsModule],
  controllers: [InventoryGrpcController, ProductServiceGrpcController],
  providers: [InventoryHandlers],
  exports: [GrpcClientsModule],
})
export class GrpcModule {}
