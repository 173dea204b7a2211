import { status } from '@grpc/grpc-js';
import { NotFoundException } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import { buildWarehouse } from '../../test/factories/warehouse.factory';
import { toWarehouseResponse } from './dto/warehouse-response.dto';
import { WarehouseServiceGrpcController } from './warehouse.grpc-controller';
import { WarehousesService } from './warehouses.service';

describe('WarehouseServiceGrpcController', () => {
  let controller: WarehouseServiceGrpcController;
  let warehouses: Mocked<WarehousesService>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(
      WarehouseServiceGrpcController,
    ).compile();
    controller = unit;
    warehouses = unitRef.get(WarehousesService);
  });

  it('answers Get with the row of WarehousesService', async () => {
    const row = toWarehouseResponse(buildWarehouse());
    warehouses.findOne.mockResolvedValue(row);

    const message = await controller.get({ id: row.id });

    expect(message.id).toBe(row.id);
    expect(message.createdAt).toBe(row.createdAt);
    expect(warehouses.findOne).toHaveBeenCalledWith(row.id);
  });

  it('refuses an id that is not a UUID before the service sees it', async () => {
    await expect(controller.get({ id: 'not-a-uuid' })).rejects.toMatchObject({
      error: { code: status.INVALID_ARGUMENT },
    });
    expect(warehouses.findOne).not.toHaveBeenCalled();
  });

  it('lets the service decide that a row is missing', async () => {
    const id = buildWarehouse().id;
    warehouses.remove.mockRejectedValue(new NotFoundException());

    await expect(controller.delete({ id })).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('answers List with every row of the page as a message', async () => {
    const row = toWarehouseResponse(buildWarehouse());
    warehouses.findAll.mockResolvedValue({
      items: [row],
      total: 1,
      page: 1,
      limit: 20,
    });

    const page = await controller.list({});

    expect(page.items.map((item) => item.id)).toEqual([row.id]);
    expect(page.total).toBe(1);
  });
});
