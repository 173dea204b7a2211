import { status } from '@grpc/grpc-js';
import { NotFoundException } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import { buildProduct } from '../../test/factories/product.factory';
import {
  toProductDetailResponse,
  toProductResponse,
} from './dto/product-response.dto';
import { ProductServiceGrpcController } from './product.grpc-controller';
import { ProductsService } from './products.service';

describe('ProductServiceGrpcController', () => {
  let controller: ProductServiceGrpcController;
  let products: Mocked<ProductsService>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(
      ProductServiceGrpcController,
    ).compile();
    controller = unit;
    products = unitRef.get(ProductsService);
  });

  it('answers Get with the row of ProductsService', async () => {
    const row = toProductDetailResponse(buildProduct());
    products.findOne.mockResolvedValue(row);

    const message = await controller.get({ id: row.id });

    expect(message.id).toBe(row.id);
    expect(message.createdAt).toBe(row.createdAt);
    expect(products.findOne).toHaveBeenCalledWith(row.id);
  });

  it('refuses an id that is not a UUID before the service sees it', async () => {
    await expect(controller.get({ id: 'not-a-uuid' })).rejects.toMatchObject({
      error: { code: status.INVALID_ARGUMENT },
    });
    expect(products.findOne).not.toHaveBeenCalled();
  });

  it('lets the service decide that a row is missing', async () => {
    const id = buildProduct().id;
    products.remove.mockRejectedValue(new NotFoundException());

    await expect(controller.delete({ id })).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('answers List with every row of the page as a message', async () => {
    const row = toProductResponse(buildProduct());
    products.findAll.mockResolvedValue({
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
