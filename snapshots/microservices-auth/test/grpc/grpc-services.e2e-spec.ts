import { credentials, loadPackageDefinition, status } from '@grpc/grpc-js';
import type {
  GrpcObject,
  ServiceClientConstructor,
  ServiceError,
} from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { NotFoundException } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import {
  GrpcCallSettings,
  InventoryGrpcClient,
} from '../../src/grpc/grpc-clients';
import { GetStockRequest } from '../../src/grpc/grpc.types';
import { InventoryHandlers } from '../../src/grpc/inventory/inventory.handlers';
import { signIn } from '../support/auth';
import { callAs, createGrpcTestApp } from './grpc-app';

interface HealthClient {
  check(
    request: { service: string },
    callback: (error: ServiceError | null, reply?: { status: string }) => void,
  ): void;
  close(): void;
}

/** grpc.health.v1.Health/Check, as stock clients (grpc_health_probe) call it. */
function checkHealth(service: string): Promise<string> {
  const definition = loadSync(healthProtoPath, { enums: String });
  const grpc = loadPackageDefinition(definition).grpc;
  const health = (grpc as GrpcObject).health as GrpcObject;
  const Health = (health.v1 as GrpcObject).Health as ServiceClientConstructor;
  const client = new Health(
    process.env.GRPC_URL!,
    credentials.createInsecure(),
  ) as unknown as HealthClient;
  return new Promise((resolve, reject) => {
    client.check({ service }, (error, reply) => {
      client.close();
      return error ? reject(error) : resolve(reply!.status);
    });
  });
}

/** A handler that fails long after any deadline of these tests. */
function tooLate(): Promise<never> {
  return new Promise((_resolve, reject) => {
    setTimeout(() => reject(new Error('too late')), 500);
  });
}

describe('gRPC Inventory (e2e, a real server on the GRPC_PORT of the run)', () => {
  let app: NestFastifyApplication;
  let client: InventoryGrpcClient;
  let handlers: InventoryHandlers;
  /** A signed-in member: its token goes in each call's metadata. */
  let caller: GrpcCallSettings;
  const request: GetStockRequest = {
    sku: 'sample-sku',
  };

  beforeAll(async () => {
    app = await createGrpcTestApp();
    client = app.get(InventoryGrpcClient);
    handlers = app.get(InventoryHandlers);
    caller = callAs(await signIn(app, 'member'));
  });

  afterAll(async () => {
    await app.close();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('answers GetStock over the wire, through the typed client', async () => {
    await expect(client.getStock(request, caller)).resolves.toMatchObject({
      sku: request.sku,
    });
  });

  it('sends a NotFoundException of a handler as NOT_FOUND', async () => {
    jest
      .spyOn(handlers, 'getStock')
      .mockRejectedValue(new NotFoundException('No such thing'));

    await expect(client.getStock(request, caller)).rejects.toMatchObject({
      code: status.NOT_FOUND,
      details: 'No such thing',
    });
  });

  it('fails a call that outlives its deadline with DEADLINE_EXCEEDED', async () => {
    jest.spyOn(handlers, 'getStock').mockImplementation(tooLate);

    await expect(
      client.getStock(request, { ...caller, deadlineMs: 100 }),
    ).rejects.toMatchObject({ code: status.DEADLINE_EXCEEDED });
  });

  it('refuses a call without a valid token (UNAUTHENTICATED)', async () => {
    await expect(client.getStock(request)).rejects.toMatchObject({
      code: status.UNAUTHENTICATED,
    });
  });

  // Health stays open (no token): probes and load balancers call it.
  it('serves grpc.health.v1.Health for the server and each service', async () => {
    await expect(checkHealth('')).resolves.toBe('SERVING');
    await expect(checkHealth('notes_grpc.Inventory')).resolves.toBe('SERVING');
    await expect(checkHealth('no.such.Service')).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
  });
});
