import type { Server } from '@grpc/grpc-js';
import type { Options, PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { GrpcOptions, Transport } from '@nestjs/microservices';
import { HealthImplementation } from 'grpc-health-check';
import type { ServingStatusMap } from 'grpc-health-check';
import { join } from 'node:path';
import {
  GRPC_PACKAGE,
  INVENTORY_SERVICE,
  NOTE_SERVICE,
  TAG_SERVICE,
} from './grpc.types';

/** proto/notes_grpc.proto, from src/grpc/ and from the build's dist/grpc/ alike. */
export const GRPC_PROTO_PATH = join(
  __dirname,
  '..',
  '..',
  'proto',
  'notes_grpc.proto',
);

/**
 * How messages reach the handlers: camelCase fields, 64-bit integers and
 * enums as strings, unset scalars as their zero value, unset `optional`
 * fields left out (src/grpc/grpc.types.ts is written for exactly this).
 */
export const GRPC_LOADER_OPTIONS: Options = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
};

/** The services grpc.health.v1.Health reports on ('' is the whole server). */
export function servingStatus(): ServingStatusMap {
  return {
    '': 'SERVING',
    [`${GRPC_PACKAGE}.${INVENTORY_SERVICE}`]: 'SERVING',
    [`${GRPC_PACKAGE}.${NOTE_SERVICE}`]: 'SERVING',
    [`${GRPC_PACKAGE}.${TAG_SERVICE}`]: 'SERVING',
  };
}

/**
 * The gRPC server at `url`: the services of the .proto, the standard
 * grpc.health.v1.Health service and server reflection (so grpcurl and other
 * stock clients work without the .proto).
 */
export function grpcServerOptions(url: string): GrpcOptions {
  const health = new HealthImplementation(servingStatus());
  return {
    transport: Transport.GRPC,
    options: {
      package: GRPC_PACKAGE,
      protoPath: GRPC_PROTO_PATH,
      url,
      loader: GRPC_LOADER_OPTIONS,
      onLoadPackageDefinition: (
        definition: PackageDefinition,
        server: Server,
      ) => {
        new ReflectionService(definition).addToServer(server);
        health.addToServer(server);
      },
    },
  };
}

/** A client of the services at `url` (ClientsModule, ClientProxyFactory). */
export function grpcClientOptions(url: string): GrpcOptions {
  return {
    transport: Transport.GRPC,
    options: {
      package: GRPC_PACKAGE,
      protoPath: GRPC_PROTO_PATH,
      url,
      loader: GRPC_LOADER_OPTIONS,
    },
  };
}
