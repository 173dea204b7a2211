import { NotFoundException } from '@nestjs/common';
import { TestBed } from '@suites/unit';
import { AggregateStore } from '../cqrs/aggregate-store';
import { ViewStore } from '../cqrs/view-store';
import { IssueInvoiceCommand } from './commands/issue-invoice.command';
import { IssueInvoiceHandler } from './commands/issue-invoice.handler';
import { PayInvoiceCommand } from './commands/pay-invoice.command';
import { PayInvoiceHandler } from './commands/pay-invoice.handler';
import { VoidInvoiceCommand } from './commands/void-invoice.command';
import { VoidInvoiceHandler } from './commands/void-invoice.handler';
import { INVOICE } from './invoice.aggregate';
import { GetInvoiceHandler } from './queries/get-invoice.handler';
import { GetInvoiceQuery } from './queries/get-invoice.query';
import { ListInvoicesHandler } from './queries/list-invoices.handler';
import { ListInvoicesQuery } from './queries/list-invoices.query';

const ID = '0b4f3c1e-8a57-4f0e-9d0c-6f3f2a1b7c11';
const METADATA = { idempotencyKey: 'retry-1' };
const RESULT = { id: ID, version: 2 };
const OWNER = '5d0b2f4a-3c6e-4b7d-8e9f-0a1b2c3d4e5f';
const VIEW = {
  id: ID,
  version: 2,
  status: 'InvoiceIssued',
  data: { note: 'kept' },
  updatedAt: new Date(),
};

// The handlers only translate: each command into one intent for the store,
// each query into one read of the views.
describe('Invoice handlers', () => {
  it('IssueInvoiceHandler runs IssueInvoice as a create emitting InvoiceIssued', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(IssueInvoiceHandler).compile();
    const store = unitRef.get(AggregateStore);
    store.execute.mockResolvedValue(RESULT);
    // The handler records exactly the fields the command carries.
    const fields = {
      customer: 'Sample customer',
      total: '12.50',
    } as const;
    const payload = { id: ID, ...fields };

    const result = await unit.execute(
      new IssueInvoiceCommand(ID, payload, METADATA),
    );

    expect(result).toEqual(RESULT);
    expect(store.execute).toHaveBeenCalledWith(INVOICE, {
      command: 'IssueInvoice',
      kind: 'create',
      aggregateId: ID,
      event: 'InvoiceIssued',
      payload: fields,
      metadata: METADATA,
    });
  });

  it('PayInvoiceHandler runs PayInvoice as a change emitting InvoicePaid', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(PayInvoiceHandler).compile();
    const store = unitRef.get(AggregateStore);
    store.execute.mockResolvedValue(RESULT);
    // The handler records exactly the fields the command carries.
    const fields = {
      customer: 'Sample customer',
      total: '12.50',
    } as const;
    const payload = { expectedVersion: 1, ...fields };

    const result = await unit.execute(
      new PayInvoiceCommand(ID, payload, METADATA, OWNER),
    );

    expect(result).toEqual(RESULT);
    expect(store.execute).toHaveBeenCalledWith(INVOICE, {
      command: 'PayInvoice',
      kind: 'change',
      aggregateId: ID,
      expectedVersion: 1,
      ownerId: OWNER,
      event: 'InvoicePaid',
      payload: fields,
      metadata: METADATA,
    });
  });

  it('VoidInvoiceHandler runs VoidInvoice as a change emitting InvoiceVoided', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(VoidInvoiceHandler).compile();
    const store = unitRef.get(AggregateStore);
    store.execute.mockResolvedValue(RESULT);
    // The handler records exactly the fields the command carries.
    const fields = {
      customer: 'Sample customer',
      total: '12.50',
    } as const;
    const payload = { expectedVersion: 1, ...fields };

    const result = await unit.execute(
      new VoidInvoiceCommand(ID, payload, METADATA, OWNER),
    );

    expect(result).toEqual(RESULT);
    expect(store.execute).toHaveBeenCalledWith(INVOICE, {
      command: 'VoidInvoice',
      kind: 'change',
      aggregateId: ID,
      expectedVersion: 1,
      ownerId: OWNER,
      event: 'InvoiceVoided',
      payload: fields,
      metadata: METADATA,
    });
  });

  it('GetInvoiceHandler answers the view, or 404 when there is none', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(GetInvoiceHandler).compile();
    const views = unitRef.get(ViewStore);
    views.get.mockResolvedValueOnce(VIEW).mockResolvedValueOnce(undefined);
    const query = new GetInvoiceQuery(ID, OWNER);

    await expect(unit.execute(query)).resolves.toBe(VIEW);
    await expect(unit.execute(query)).rejects.toBeInstanceOf(NotFoundException);
    expect(views.get).toHaveBeenCalledWith(INVOICE, ID, OWNER);
  });

  it('ListInvoicesHandler reads one page of views', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(ListInvoicesHandler).compile();
    const views = unitRef.get(ViewStore);
    const page = { items: [], total: 0, page: 2, limit: 10 };
    views.list.mockResolvedValue(page);

    const result = await unit.execute(
      new ListInvoicesQuery(2, 10, 'asc', OWNER),
    );

    expect(result).toBe(page);
    expect(views.list).toHaveBeenCalledWith(INVOICE, 2, 10, 'asc', OWNER);
  });
});
