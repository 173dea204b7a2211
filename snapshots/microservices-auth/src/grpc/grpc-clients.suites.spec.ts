import { Metadata } from '@grpc/grpc-js';
import { ConfigService } from '@nestjs/config';
import type { ClientGrpc } from '@nestjs/microservices';
import { Mocked, TestBed } from '@suites/unit';
import { of } from 'rxjs';
import { GRPC_CLIENT, InventoryGrpcClient } from './grpc-clients';
import {
  INVENTORY_SERVICE,
  InventoryClient,
  GetStockRequest,
  GetStockResponse,
} from './grpc.types';

const REQUEST: GetStockRequest = {
  sku: 'sample-sku',
};

const RESPONSE: GetStockResponse = {
  quantity: 7,
  sku: 'sample-sku',
};

describe('InventoryGrpcClient', () => {
  let client: InventoryGrpcClient;
  let service: jest.Mocked<InventoryClient>;
  let grpc: Mocked<ClientGrpc>;

  beforeEach(async () => {
    const { unit, unitRef } =
      await TestBed.solitary(InventoryGrpcClient).compile();
    client = unit;
    grpc = unitRef.get<ClientGrpc>(GRPC_CLIENT);
    unitRef.get(ConfigService).get.mockReturnValue(5000);
    service = {
      getStock: jest.fn(),
    };
    grpc.getService.mockReturnValue(service);
    client.onModuleInit();
  });

  it('calls the Inventory service of the connection', () => {
    expect(grpc.getService).toHaveBeenCalledWith(INVENTORY_SERVICE);
  });

  it('sends GetStock with a deadline of GRPC_DEADLINE_MS', async () => {
    service.getStock.mockReturnValue(of(RESPONSE));
    const before = Date.now();

    await expect(client.getStock(REQUEST)).resolves.toBe(RESPONSE);

    const [sent, metadata, options] = service.getStock.mock.calls[0];
    expect(sent).toBe(REQUEST);
    expect(metadata).toBeInstanceOf(Metadata);
    expect(options?.deadline).toBeGreaterThanOrEqual(before + 5000);
    expect(options?.deadline).toBeLessThanOrEqual(Date.now() + 5000);
  });

  it('takes a deadline and metadata of the call', async () => {
    service.getStock.mockReturnValue(of(RESPONSE));
    const metadata = new Metadata();
    const before = Date.now();

    await client.getStock(REQUEST, { deadlineMs: 50, metadata });

    const [, sentMetadata, options] = service.getStock.mock.calls[0];
    expect(sentMetadata).toBe(metadata);
    expect(options?.deadline).toBeLessThanOrEqual(Date.now() + 50);
    expect(options?.deadline).toBeGreaterThanOrEqual(before + 50);
  });
});
