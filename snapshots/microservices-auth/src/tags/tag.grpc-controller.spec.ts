import { status } from '@grpc/grpc-js';
import { NotFoundException } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import { buildTag } from '../../test/factories/tag.factory';
import { toTagResponse } from './dto/tag-response.dto';
import { TagServiceGrpcController } from './tag.grpc-controller';
import { TagsService } from './tags.service';

describe('TagServiceGrpcController', () => {
  let controller: TagServiceGrpcController;
  let tags: Mocked<TagsService>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(
      TagServiceGrpcController,
    ).compile();
    controller = unit;
    tags = unitRef.get(TagsService);
  });

  it('answers Get with the row of TagsService', async () => {
    const row = toTagResponse(buildTag());
    tags.findOne.mockResolvedValue(row);

    const message = await controller.get({ id: row.id });

    expect(message.id).toBe(row.id);
    expect(message.createdAt).toBe(row.createdAt);
    expect(tags.findOne).toHaveBeenCalledWith(row.id);
  });

  it('refuses an id that is not a UUID before the service sees it', async () => {
    await expect(controller.get({ id: 'not-a-uuid' })).rejects.toMatchObject({
      error: { code: status.INVALID_ARGUMENT },
    });
    expect(tags.findOne).not.toHaveBeenCalled();
  });

  it('lets the service decide that a row is missing', async () => {
    const id = buildTag().id;
    tags.remove.mockRejectedValue(new NotFoundException());

    await expect(controller.delete({ id })).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('answers List with every row of the page as a message', async () => {
    const row = toTagResponse(buildTag());
    tags.findAll.mockResolvedValue({
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
