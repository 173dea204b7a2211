import { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GrpcOptions } from '@nestjs/microservices';
import { EnvironmentVariables } from '../config/env.validation';
import { grpcServerOptions } from './grpc.options';

/** Serves the gRPC services on GRPC_PORT beside HTTP (a hybrid app). */
export function connectGrpc(
  app: INestApplication,
  config: ConfigService<EnvironmentVariables, true>,
): void {
  const host = config.get('HOST', { infer: true });
  const port = config.get('GRPC_PORT', { infer: true });
  app.connectMicroservice<GrpcOptions>(grpcServerOptions(`${host}:${port}`), {
    inheritAppConfig: true,
  });
}
