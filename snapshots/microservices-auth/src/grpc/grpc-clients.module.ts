import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ClientsModule } from '@nestjs/microservices';
import { EnvironmentVariables } from '../config/env.validation';
import { GRPC_CLIENT, GRPC_CLIENTS } from './grpc-clients';
import { grpcClientOptions } from './grpc.options';

/**
 * Typed gRPC clients of the services (grpc-clients.ts) at GRPC_URL, for
 * other modules to inject; ClientsModule closes the connection with the app.
 */
@Module({
  imports: [
    ClientsModule.registerAsync([
      {
        name: GRPC_CLIENT,
        inject: [ConfigService],
        useFactory: (config: ConfigService<EnvironmentVariables, true>) =>
          grpcClientOptions(config.get('GRPC_URL', { infer: true })),
      },
    ]),
  ],
  providers: GRPC_CLIENTS,
  exports: GRPC_CLIENTS,
})
export class GrpcClientsModule {}
