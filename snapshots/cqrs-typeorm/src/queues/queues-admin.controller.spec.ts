import { NotFoundException } from '@nestjs/common';
import { Mocked, TestBed } from '@suites/unit';
import { DeadLetterEntry } from './dead-letters';
import { ManagedQueue } from './queue-producer';
import { QueuesAdminController } from './queues-admin.controller';
import { QueueOverview, QueueRegistry } from './queues.registry';

const OVERVIEW: QueueOverview = {
  name: 'email',
  counts: {
    waiting: 1,
    prioritized: 0,
    waitingChildren: 0,
    active: 0,
    delayed: 0,
    completed: 7,
    failed: 1,
    deadLetters: 1,
  },
  events: { completed: 7, failed: 1, stalled: 0 },
};

const LETTER: DeadLetterEntry = {
  id: 'dead-7',
  queue: 'email',
  jobId: '7',
  name: 'send-welcome',
  data: { referenceId: 'r-7' },
  failedReason: 'mailbox full',
  attemptsMade: 5,
  failedAt: '2030-01-01T00:00:00.000Z',
};

describe('QueuesAdminController', () => {
  let controller: QueuesAdminController;
  let registry: Mocked<QueueRegistry>;
  let queue: jest.Mocked<ManagedQueue>;

  beforeEach(async () => {
    const { unit, unitRef } = await TestBed.solitary(
      QueuesAdminController,
    ).compile();
    controller = unit;
    registry = unitRef.get(QueueRegistry);
    queue = {
      counts: jest.fn(),
      listDeadLetters: jest.fn().mockResolvedValue([LETTER]),
      redrive: jest.fn().mockResolvedValue(['7']),
    };
    registry.find.mockImplementation((name) =>
      name === 'email' ? queue : undefined,
    );
  });

  it('lists every queue', async () => {
    registry.overviews.mockResolvedValue([OVERVIEW]);

    await expect(controller.list()).resolves.toEqual([OVERVIEW]);
  });

  it('shows one queue, and 404 for an unknown one', async () => {
    registry.overview.mockImplementation(async (name) =>
      name === 'email' ? OVERVIEW : undefined,
    );

    await expect(controller.get('email')).resolves.toEqual(OVERVIEW);
    await expect(controller.get('nope')).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('lists dead letters up to the limit asked for', async () => {
    await expect(
      controller.deadLetters('email', { limit: 20 }),
    ).resolves.toEqual([LETTER]);
    expect(queue.listDeadLetters).toHaveBeenCalledWith(20);
  });

  it('re-drives every dead letter of a queue', async () => {
    await expect(controller.redriveAll('email')).resolves.toEqual({
      redriven: ['7'],
    });
    expect(queue.redrive).toHaveBeenCalledWith();
  });

  it('re-drives one dead letter, and 404 when there is none', async () => {
    await expect(controller.redriveOne('email', 'dead-7')).resolves.toEqual({
      redriven: ['7'],
    });
    expect(queue.redrive).toHaveBeenCalledWith(['dead-7']);

    queue.redrive.mockResolvedValue([]);
    await expect(
      controller.redriveOne('email', 'dead-8'),
    ).rejects.toBeInstanceOf(NotFoundException);
  });

  it('answers 404 for the dead letters of an unknown queue', async () => {
    await expect(controller.redriveAll('nope')).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });
});
