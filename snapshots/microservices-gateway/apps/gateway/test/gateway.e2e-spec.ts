import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GrpcMethod } from '@nestjs/microservices';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { grpcServerOptions } from '../src/grpc/grpc.options';
import { INVENTORY_SERVICE } from '../src/grpc/grpc.types';
import { createGatewayTestApp } from './support/gateway-app';
import type { GetStockRequest, GetStockResponse } from '../src/grpc/grpc.types';

/** What the stub service answers to Inventory.GetStock. */
const ANSWER: GetStockResponse = {
  quantity: 7,
  sku: 'sku-1',
};

/** A request the gateway accepts. */
const REQUEST: GetStockRequest = {
  sku: 'sku-1',
};

/**
 * A stand-in for the Inventory service: a real gRPC server from the
 * project's .proto (GRPC_PORT of this run), recording what reaches it.
 */
@Controller()
class InventoryStub {
  static received: GetStockRequest[] = [];
  static delayMs = 0;

  @GrpcMethod(INVENTORY_SERVICE, 'GetStock')
  async getStock(request: GetStockRequest): Promise<GetStockResponse> {
    InventoryStub.received.push(request);
    await new Promise((resolve) => setTimeout(resolve, InventoryStub.delayMs));
    return ANSWER;
  }
}

@Module({ controllers: [InventoryStub] })
class StubModule {}

async function startStub(): Promise<INestMicroservice> {
  const stub = await NestFactory.createMicroservice(StubModule, {
    ...grpcServerOptions(`127.0.0.1:${process.env.GRPC_PORT}`),
    logger: false,
  });
  await stub.listen();
  return stub;
}

describe('Gateway → Inventory over gRPC (e2e, a real server)', () => {
  let gateway: NestFastifyApplication;
  let stub: INestMicroservice;

  beforeAll(async () => {
    stub = await startStub();
    gateway = await createGatewayTestApp();
  });

  afterAll(async () => {
    await gateway.close();
    await stub.close();
  });

  beforeEach(() => {
    InventoryStub.received = [];
    InventoryStub.delayMs = 0;
  });

  it('forwards POST /inventory/get-stock to the service and answers with its response', async () => {
    const res = await gateway.inject({
      method: 'POST',
      url: '/inventory/get-stock',
      payload: REQUEST,
    });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(ANSWER);
    expect(InventoryStub.received).toEqual([REQUEST]);
  });

  it('refuses a body the service would not understand, without calling it', async () => {
    const res = await gateway.inject({
      method: 'POST',
      url: '/inventory/get-stock',
      payload: { ...REQUEST, unexpected: true },
    });

    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(InventoryStub.received).toEqual([]);
  });

  it('answers 504 when the service does not answer within the deadline', async () => {
    InventoryStub.delayMs = Number(process.env.GRPC_DEADLINE_MS) + 500;

    const res = await gateway.inject({
      method: 'POST',
      url: '/inventory/get-stock',
      payload: REQUEST,
    });

    expect(res.statusCode).toBe(504);
    expect(res.json()).toMatchObject({ status: 504, title: 'Gateway Timeout' });
  });

  it('answers 503 when the service is unreachable', async () => {
    await stub.close();

    const res = await gateway.inject({
      method: 'POST',
      url: '/inventory/get-stock',
      payload: REQUEST,
    });

    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      status: 503,
      title: 'Service Unavailable',
    });
    stub = await startStub();
  });

  it('serves its own health without asking the services', async () => {
    await stub.close();

    const res = await gateway.inject({ method: 'GET', url: '/health/ready' });

    expect(res.statusCode).toBe(200);
    stub = await startStub();
  });
});
