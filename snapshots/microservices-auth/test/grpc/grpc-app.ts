import { Metadata } from '@grpc/grpc-js';
import { ConfigService } from '@nestjs/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EnvironmentVariables } from '../../src/config/env.validation';
import { GrpcCallSettings } from '../../src/grpc/grpc-clients';
import { connectGrpc } from '../../src/grpc/grpc.transport';
import { createTestApp } from '../support/app';
import type { TestCaller } from '../support/auth';

/**
 * The app as main.ts starts it: HTTP, and the gRPC server on the run's
 * GRPC_PORT (test/setup/grpc.ts), where the typed clients (GRPC_URL) call it.
 */
export async function createGrpcTestApp(): Promise<NestFastifyApplication> {
  const app = await createTestApp();
  const config: ConfigService<EnvironmentVariables, true> =
    app.get(ConfigService);
  connectGrpc(app, config);
  await app.startAllMicroservices();
  return app;
}

/** Call settings that send `caller`'s token in the `authorization` metadata. */
export function callAs(caller: TestCaller): GrpcCallSettings {
  const metadata = new Metadata();
  metadata.set('authorization', caller.authorization);
  return { metadata };
}
