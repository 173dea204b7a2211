import { Mocked, TestBed } from '@suites/unit';
import { GetStockRequest, GetStockResponse } from '../grpc.types';
import { InventoryGrpcController } from './inventory.controller';
import { InventoryHandlers } from './inventory.handlers';

describe('InventoryGrpcController', () => {
  let controller: InventoryGrpcController;
  let handlers: Mocked<InventoryHandlers>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(
      InventoryGrpcController,
    ).compile();
    controller = unit;
    handlers = unitRef.get(InventoryHandlers);
  });

  it('hands GetStock to InventoryHandlers.getStock', async () => {
    const request: GetStockRequest = {
      sku: 'sample-sku',
    };
    const response: GetStockResponse = {
      quantity: 7,
      sku: 'sample-sku',
    };
    handlers.getStock.mockResolvedValue(response);

    await expect(controller.getStock(request)).resolves.toBe(response);
    expect(handlers.getStock).toHaveBeenCalledWith(request);
  });
});
