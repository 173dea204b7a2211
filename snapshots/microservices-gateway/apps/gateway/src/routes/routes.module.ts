import { Module } from '@nestjs/common';
import { GrpcClientsModule } from '../grpc/grpc-clients.module';
import { ApiKeyGuard } from './api-key.guard';
import { InventoryRoutesController } from './inventory.controller';
import { ProductServiceRoutesController } from './product-service.controller';

/** The gateway's routes: one controller per service of the .proto. */
@Module({
  imports: [GrpcClientsModule],
  controllers: [InventoryRoutesController, ProductServiceRoutesController],
  providers: [ApiKeyGuard],
})
export class RoutesModule {}
