import { NotFoundException } from '@nestjs/common';
import { TestBed } from '@suites/unit';
import { AggregateStore } from '../cqrs/aggregate-store';
import { ViewStore } from '../cqrs/view-store';
import { CreatePaymentCommand } from './commands/create-payment.command';
import { CreatePaymentHandler } from './commands/create-payment.handler';
import { DeletePaymentCommand } from './commands/delete-payment.command';
import { DeletePaymentHandler } from './commands/delete-payment.handler';
import { UpdatePaymentCommand } from './commands/update-payment.command';
import { UpdatePaymentHandler } from './commands/update-payment.handler';
import { PAYMENT } from './payment.aggregate';
import { GetPaymentHandler } from './queries/get-payment.handler';
import { GetPaymentQuery } from './queries/get-payment.query';
import { ListPaymentsHandler } from './queries/list-payments.handler';
import { ListPaymentsQuery } from './queries/list-payments.query';

const ID = '0b4f3c1e-8a57-4f0e-9d0c-6f3f2a1b7c11';
const METADATA = { idempotencyKey: 'retry-1' };
const RESULT = { id: ID, version: 2 };
const OWNER = '5d0b2f4a-3c6e-4b7d-8e9f-0a1b2c3d4e5f';
const VIEW = {
  id: ID,
  version: 2,
  status: 'PaymentCreated',
  data: { note: 'kept' },
  updatedAt: new Date(),
};

// The handlers only translate: each command into one intent for the store,
// each query into one read of the views.
describe('Payment handlers', () => {
  it('CreatePaymentHandler runs CreatePayment as a create emitting PaymentCreated', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(CreatePaymentHandler).compile();
    const store = unitRef.get(AggregateStore);
    store.execute.mockResolvedValue(RESULT);
    // The handler records exactly the fields the command carries.
    const fields = {
      method: 'card',
      paidOn: '2024-05-17',
      reference: '3f1c0c6e-5d1a-4d5e-9a51-0b7c0e0a6d01',
    } as const;
    const payload = { id: ID, ...fields };

    const result = await unit.execute(
      new CreatePaymentCommand(ID, payload, METADATA),
    );

    expect(result).toEqual(RESULT);
    expect(store.execute).toHaveBeenCalledWith(PAYMENT, {
      command: 'CreatePayment',
      kind: 'create',
      aggregateId: ID,
      event: 'PaymentCreated',
      payload: fields,
      metadata: METADATA,
    });
  });

  it('UpdatePaymentHandler runs UpdatePayment as a change emitting PaymentUpdated', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(UpdatePaymentHandler).compile();
    const store = unitRef.get(AggregateStore);
    store.execute.mockResolvedValue(RESULT);
    // The handler records exactly the fields the command carries.
    const fields = {
      method: 'card',
      paidOn: '2024-05-17',
      reference: '3f1c0c6e-5d1a-4d5e-9a51-0b7c0e0a6d01',
    } as const;
    const payload = { expectedVersion: 1, ...fields };

    const result = await unit.execute(
      new UpdatePaymentCommand(ID, payload, METADATA, OWNER),
    );

    expect(result).toEqual(RESULT);
    expect(store.execute).toHaveBeenCalledWith(PAYMENT, {
      command: 'UpdatePayment',
      kind: 'change',
      aggregateId: ID,
      expectedVersion: 1,
      ownerId: OWNER,
      event: 'PaymentUpdated',
      payload: fields,
      metadata: METADATA,
    });
  });

  it('DeletePaymentHandler runs DeletePayment as a delete emitting PaymentDeleted', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(DeletePaymentHandler).compile();
    const store = unitRef.get(AggregateStore);
    store.execute.mockResolvedValue(RESULT);
    // The handler records exactly the fields the command carries.
    const fields = {};
    const payload = { expectedVersion: 1, ...fields };

    const result = await unit.execute(
      new DeletePaymentCommand(ID, payload, METADATA, OWNER),
    );

    expect(result).toEqual(RESULT);
    expect(store.execute).toHaveBeenCalledWith(PAYMENT, {
      command: 'DeletePayment',
      kind: 'delete',
      aggregateId: ID,
      expectedVersion: 1,
      ownerId: OWNER,
      event: 'PaymentDeleted',
      payload: fields,
      metadata: METADATA,
    });
  });

  it('GetPaymentHandler answers the view, or 404 when there is none', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(GetPaymentHandler).compile();
    const views = unitRef.get(ViewStore);
    views.get.mockResolvedValueOnce(VIEW).mockResolvedValueOnce(undefined);
    const query = new GetPaymentQuery(ID, OWNER);

    await expect(unit.execute(query)).resolves.toBe(VIEW);
    await expect(unit.execute(query)).rejects.toBeInstanceOf(NotFoundException);
    expect(views.get).toHaveBeenCalledWith(PAYMENT, ID, OWNER);
  });

  it('ListPaymentsHandler reads one page of views', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(ListPaymentsHandler).compile();
    const views = unitRef.get(ViewStore);
    const page = { items: [], total: 0, page: 2, limit: 10 };
    views.list.mockResolvedValue(page);

    const result = await unit.execute(
      new ListPaymentsQuery(2, 10, 'asc', OWNER),
    );

    expect(result).toBe(page);
    expect(views.list).toHaveBeenCalledWith(PAYMENT, 2, 10, 'asc', OWNER);
  });
});
