import { Module } from '@nestjs/common';
import { GrpcClientsModule } from './grpc-clients.module';
import { InventoryGrpcController } from './inventory/inventory.controller';
import { InventoryHandlers } from './inventory/inventory.handlers';

/**
 * The gRPC services of proto/inventory.proto (served beside HTTP: grpc.transport.ts)
 * and the typed clients that call them.
 */
@Module({
  imports: [GrpcClientsModule],
  controllers: [InventoryGrpcController],
  providers: [InventoryHandlers],
  exports: [GrpcClientsModule],
})
export class GrpcModule {}
