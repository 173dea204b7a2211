import { TestBed } from '@suites/unit';
import { StoredEvent } from '../../cqrs/domain-event';
import { EmailsProducer } from '../../queues/emails/emails.producer';
import { InvoiceIssuedEvent } from './invoice-issued.event';
import { InvoiceIssuedHandler } from './invoice-issued.handler';

const EVENT_ID = '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a';
const ID = '5d2c8e4a-1f3b-4c6d-8e9f-0a1b2c3d4e5f';

const stored: StoredEvent = {
  id: EVENT_ID,
  position: '1',
  aggregateType: 'Invoice',
  aggregateId: ID,
  version: 1,
  type: 'InvoiceIssued',
  eventVersion: 1,
  payload: {},
  metadata: {},
  occurredAt: new Date(),
};

describe('InvoiceIssuedHandler', () => {
  it('enqueues process-emails for the Invoice, keyed by the event id', async () => {
    const { unit, unitRef } =
      await TestBed.solitary(InvoiceIssuedHandler).compile();
    const emails = unitRef.get(EmailsProducer);

    await unit.handle(new InvoiceIssuedEvent(stored));

    expect(emails.addOnce).toHaveBeenCalledWith(
      'process-emails',
      { referenceId: ID },
      EVENT_ID,
    );
  });
});
