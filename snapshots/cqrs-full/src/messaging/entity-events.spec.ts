import { Mocked, TestBed } from '@suites/unit';
import {
  buildCreateProductDto,
  buildProduct,
} from '../../test/factories/product.factory';
import { Product } from '../products/entities/product.entity';
import { ProductRepository } from '../products/product.repository';
import { ProductsService } from '../products/products.service';
import { IntegrationEventPublisher } from './integration-event.publisher';

// typeorm's services publish through IntegrationEventPublisher (the entity_events
// capability); ProductsService stands for all of them.
describe('ProductsService integration events (Suites solitary)', () => {
  let service: ProductsService;
  let repository: Mocked<ProductRepository>;
  let events: Mocked<IntegrationEventPublisher>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(ProductsService).compile();
    service = unit;
    repository = unitRef.get(ProductRepository);
    events = unitRef.get(IntegrationEventPublisher);
    repository.create.mockImplementation((data) =>
      buildProduct(data as Partial<Product>),
    );
    repository.merge.mockImplementation((row, data) =>
      Object.assign(row, data),
    );
    repository.save.mockImplementation((row) => Promise.resolve(row));
  });

  it('publishes product.created once the row is saved', async () => {
    const dto = buildCreateProductDto();

    const created = await service.create(dto);

    expect(events.publish).toHaveBeenCalledWith('product', 'created', created);
    const [saved] = repository.save.mock.invocationCallOrder;
    const [published] = events.publish.mock.invocationCallOrder;
    expect(saved).toBeLessThan(published);
  });

  it('publishes nothing when the write fails', async () => {
    const dto = buildCreateProductDto();
    repository.save.mockRejectedValue(new Error('rolled back'));

    await expect(service.create(dto)).rejects.toThrow('rolled back');
    expect(events.publish).not.toHaveBeenCalled();
  });

  it('publishes product.updated with the saved row', async () => {
    const row = buildProduct();
    repository.findById.mockResolvedValue(row);

    const updated = await service.update(row.id, {});

    expect(events.publish).toHaveBeenCalledWith('product', 'updated', updated);
  });

  it('publishes product.deleted with the id', async () => {
    const id = '3f1c0c6e-5d1a-4d5e-9a51-0b7c0e0a6d01';
    repository.delete.mockResolvedValue(true);

    await service.remove(id);

    expect(events.publish).toHaveBeenCalledWith('product', 'deleted', { id });
  });
});
